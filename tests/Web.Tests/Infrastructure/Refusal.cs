using System.Net;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>What every refusal must tell a user: the status, the code, the field at fault and the reason in both languages.</summary>
internal static class Refusal
{
    public static async Task<ProblemBody> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string code, string field)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal((int)status, problem.Status);
        Assert.Equal(code, problem.Code);
        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.MessageVi), "messageVi is empty");
        Assert.False(string.IsNullOrWhiteSpace(problem.MessageEn), "messageEn is empty");
        Assert.NotNull(problem.Errors);
        Assert.True(problem.Errors.ContainsKey(field), $"errors does not name '{field}'");
        return problem;
    }

    /// <summary>Asserts the refusal in Vietnamese (the default language): the title is the Vietnamese message.</summary>
    public static async Task<ProblemBody> AssertInVietnameseAsync(
        HttpResponseMessage response, HttpStatusCode status, string code, string field)
    {
        var problem = await AssertAsync(response, status, code, field);
        Assert.Equal(problem.MessageVi, problem.Title);
        return problem;
    }

    /// <summary>
    /// Sends a command that must be refused, checks the refusal in Vietnamese, and checks that the scorecard read at
    /// <paramref name="scorecardPath"/> (figures and data version) is the same before and after.
    /// </summary>
    public static async Task<ProblemBody> AssertNothingStoredAsync(
        HttpClient client, string scorecardPath, Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string code, string field)
    {
        var before = await client.ReadAsync(scorecardPath);
        using var response = await send();
        var problem = await AssertInVietnameseAsync(response, status, code, field);
        Assert.Equal(before, await client.ReadAsync(scorecardPath));
        return problem;
    }
}
