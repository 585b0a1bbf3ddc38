using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Tls;

/// <summary>
/// The web front end configured with Orleans:Tls (OrleansClientSetup) reaches a silo that requires client
/// certificates of the province CA: a command through the API is stored and read back. Uses commune 06667.
/// </summary>
[Collection(TlsWebCollection.Name)]
public sealed class TlsWebFrontEndTests(TlsWebFixture fixture)
{
    [Fact]
    public async Task TheWebFrontEndRunsCommandsOnASiloThatRequiresTls()
    {
        var client = fixture.CreateClient();
        var before = await client.ScorecardAsync("/communes/06667/scorecard?period=2013");

        await client.AcceptAsync("/communes/06667/surveys", new RecordSurvey(Key(), InformationDepartment, "KS-TLS-1", D(2013, 3, 4), 50, 40));

        var after = await client.ScorecardAsync("/communes/06667/scorecard?period=2013");
        var (was, now) = (before.Indicators.Single(i => i.Code == "IND-03"), after.Indicators.Single(i => i.Code == "IND-03"));
        Assert.Equal((was.Numerator + 40, was.Denominator + 50), (now.Numerator, now.Denominator));
    }
}
