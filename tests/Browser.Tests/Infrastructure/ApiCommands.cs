using System.Net.Http.Json;

namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>Project 1 commands sent through the site's JSON API with an API key (the actor comes from the key).</summary>
internal static class ApiCommands
{
    /// <summary>Records a commune's specialised officials and how many of them are trained, as of a date, as an officer of its district.</summary>
    public static async Task RecordOfficialsAsync(BrowserFixture fixture, string district, string commune, DateOnly asOf, int total, int trained)
    {
        using var api = await fixture.DistrictApiClientAsync(district);
        using var response = await api.PostAsJsonAsync($"/api/v1/communes/{commune}/officials", new
        {
            idempotencyKey = Guid.NewGuid().ToString("N"),
            asOf = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            total,
            trained,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Records an awareness survey in a commune.</summary>
    public static async Task RecordSurveyAsync(BrowserFixture fixture, string commune, DateOnly conductedOn, int respondents, int aware)
    {
        using var api = fixture.CreateApiClient();
        using var response = await api.PostAsJsonAsync($"/api/v1/communes/{commune}/surveys", new
        {
            idempotencyKey = Guid.NewGuid().ToString("N"),
            surveyId = "KS-" + conductedOn.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            conductedOn = conductedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            respondents,
            aware,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
