using System.Net;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>The OpenAPI document that clients generate their code from.</summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiDocumentTests(WebFixture fixture)
{
    [Theory]
    [InlineData("/api/v1/districts/{code}/reporters", "post")]
    [InlineData("/api/v1/districts/{code}/reporters/deactivations", "post")]
    [InlineData("/api/v1/communes/{code}/propagandists", "post")]
    [InlineData("/api/v1/communes/{code}/propagandists/deactivations", "post")]
    [InlineData("/api/v1/communes/{code}/officials", "post")]
    [InlineData("/api/v1/communes/{code}/deliveries", "post")]
    [InlineData("/api/v1/communes/{code}/surveys", "post")]
    [InlineData("/api/v1/programs/{code}/legal-documents", "post")]
    [InlineData("/api/v1/programs/{code}/guidance", "post")]
    [InlineData("/api/v1/programs/{code}/guidance/issuings", "post")]
    [InlineData("/api/v1/provinces/{code}/scorecard", "get")]
    [InlineData("/api/v1/provinces/{code}/districts/scorecards", "get")]
    [InlineData("/api/v1/districts/{code}/scorecard", "get")]
    [InlineData("/api/v1/districts/{code}/communes/scorecards", "get")]
    [InlineData("/api/v1/communes/{code}/scorecard", "get")]
    [InlineData("/api/v1/provinces/{code}/agencies/{agency}", "get")]
    [InlineData("/api/v1/programs/{code}/legal-documents", "get")]
    [InlineData("/api/v1/programs/{code}/guidance", "get")]
    [InlineData("/api/v1/exports/dhis2/dataValueSets", "get")]
    [InlineData("/api/v1/exports/adx", "get")]
    [InlineData("/api/v1/exports/adx.xsd", "get")]
    [InlineData("/api/v1/provinces/{code}/pivot", "get")]
    public async Task TheOpenApiDocumentListsEveryCommandAndQuery(string path, string method)
    {
        using var response = await fixture.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is not listed");
        Assert.True(operations.TryGetProperty(method, out _), $"{method} {path} is not listed");
    }

    [Theory]
    [InlineData("/api/v1/provinces/{code}/scorecard")]
    [InlineData("/api/v1/districts/{code}/scorecard")]
    [InlineData("/api/v1/provinces/{code}/pivot")]
    public async Task TheDocumentTellsHowAPublicScorecardShowsASuppressedCount(string path)
    {
        using var response = await fixture.CreateClient().GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var description = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("description").GetString();
        Assert.Contains("a count of people from 1 to 4 is null with state \"small\"", description);
        Assert.Contains("suppressed: true", description);
    }

    [Theory]
    [InlineData("RecordSurvey", "actor")]
    [InlineData("OpenCase", "actor")]
    [InlineData("ReadRequest", "reader")]
    public async Task TheActingPartyIsOptionalInTheDocumentBecauseTheApiFillsItFromTheCaller(string schemaName, string actorProperty)
    {
        using var response = await fixture.CreateClient().GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schemaName);
        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.DoesNotContain(actorProperty, required);
        Assert.True(schema.GetProperty("properties").TryGetProperty(actorProperty, out _), $"{schemaName} no longer describes {actorProperty}");
        Assert.Contains($"'{actorProperty}' is filled from the API key or sign-in", schema.GetProperty("description").GetString());
    }

    [Fact]
    public async Task ThePivotsQueryParametersAreListed()
    {
        using var response = await fixture.CreateClient().GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var parameters = document.RootElement.GetProperty("paths").GetProperty("/api/v1/provinces/{code}/pivot").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["code", "ind", "units", "periods", "rows", "cols", "show"], parameters);
    }
}
