using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.DataEntry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// Each command is declared once (<see cref="CommandCatalog"/>), and the API, the forms, the grains' permissions and the
/// pages are built from that declaration: what is declared is what users and integrators find.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CommandCatalogTests(WebFixture fixture)
{
    [Fact]
    public void EveryCommandContractIsDeclaredOnceWithAtLeastOneRouteAndNoRouteTwice()
    {
        var contracts = typeof(ICommand).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(ICommand).IsAssignableFrom(t))
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(45, contracts.Count);
        Assert.Equal(contracts, CommandCatalog.All.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(CommandCatalog.All, d => Assert.NotEmpty(d.Routes));
        var patterns = CommandCatalog.All.SelectMany(d => d.Routes).Select(r => r.Pattern).ToList();
        Assert.Equal(47, patterns.Count);
        Assert.Equal(patterns.Count, patterns.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task TheOpenApiDocumentHasEveryDeclaredRouteAsAPostWithItsSummaryAndItsContractAsTheBody()
    {
        using var response = await fixture.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        foreach (var command in CommandCatalog.All)
        {
            foreach (var route in command.Routes)
            {
                Assert.True(paths.TryGetProperty("/api/v1" + route.Pattern, out var operations), $"{route.Pattern} is not listed");
                var post = operations.GetProperty("post");
                Assert.Equal(route.Summary, post.GetProperty("summary").GetString());
                var schema = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
                Assert.Equal($"#/components/schemas/{command.Name}", schema.GetProperty("$ref").GetString());
            }
        }
    }

    [Fact]
    public void EveryDeclaredFormIsOfferedUnderItsDeclaredTitleAndProjectAndSendsItsDeclaredCommand()
    {
        var forms = fixture.Services.GetRequiredService<EntryForms>().All;
        var declared = CommandCatalog.All
            .SelectMany(d => d.Routes.Where(r => r.Form is not null).Select(r => (d.Name, Project: (int)d.Group, r.Form!.Slug, Title: r.Form.Title!)))
            .OrderBy(f => f.Slug, StringComparer.Ordinal).ToList();

        Assert.Equal(39, declared.Count);
        Assert.Equal(declared, forms.Select(f => (Name: f.Command, f.Project, f.Slug, f.Title)).OrderBy(f => f.Slug, StringComparer.Ordinal));
        Assert.Equal("Khảo sát nhận thức của người dân", forms.Single(f => f.Slug == "khao-sat-nhan-thuc").Title);
        Assert.Equal("Đăng ký báo cáo viên của huyện", forms.Single(f => f.Slug == "bao-cao-vien").Title);
    }

    [Fact]
    public void EveryDeclaredLabelFormTitleFieldAndChoiceHasItsEnglishText()
    {
        var localizer = fixture.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var forms = CommandCatalog.All.SelectMany(d => d.Routes).Select(r => r.Form).OfType<CommandForm>().ToList();
        var fields = forms.SelectMany(f => f.Fields.Prepend(f.Target)).ToList();
        var texts = CommandCatalog.All.Select(d => d.Label)
            .Concat(forms.Select(f => f.Title!))
            .Concat(fields.Select(f => f.Label))
            .Concat(fields.SelectMany(f => f.Choices ?? []).Select(c => c.Label))
            .Distinct(StringComparer.Ordinal).ToList();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var missing = texts.Where(t => localizer[t].ResourceNotFound).ToList();
            Assert.Empty(missing);
            Assert.Equal("Accept a referred tip", localizer[CommandCatalog.Named("AcceptTipReferral")!.Label].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void EveryFormFieldNamesAMemberOfItsCommandAndEveryChoiceIsAValueThatMemberTakes()
    {
        var checkedChoices = 0;
        foreach (var (contract, form) in CommandCatalog.All.SelectMany(d => d.Routes.Select(r => (d.Contract, r.Form))))
        {
            foreach (var field in form?.Fields ?? [])
            {
                var type = field.Name.Split('.').Aggregate(contract, (t, part) =>
                    t.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType
                    ?? throw new Xunit.Sdk.XunitException($"{form!.Slug}: '{field.Name}' is not a member of {contract.Name}"));
                foreach (var choice in field.Choices ?? [])
                {
                    var json = Nullable.GetUnderlyingType(type) == typeof(bool) || type == typeof(bool) ? choice.Value : $"\"{choice.Value}\"";
                    Assert.NotNull(JsonSerializer.Deserialize(json, type, ApiJson.Commands));
                    checkedChoices++;
                }
            }
        }

        Assert.True(checkedChoices > 60, $"only {checkedChoices} choices were checked");
    }
}
