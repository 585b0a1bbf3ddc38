using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>
/// Every page the site routes (taken from its endpoints, so a new page is checked without being listed here) parsed
/// as HTML: no inline script, event handler, style attribute or style element, so the content security policy needs
/// no 'unsafe-inline'; scripts and styles from the site only; every POST form carries the antiforgery token.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageMarkupTests(WebFixture fixture)
{
    /// <summary>Sample values for the pages' route parameters; a page with parameters not listed here fails the test until it is added.</summary>
    private static readonly Dictionary<string, string[]> Samples = new()
    {
        ["/chi-tieu/{code}"] = Enumerable.Range(1, 14).Select(i => $"/chi-tieu/IND-{i:00}").ToArray(),
        ["/de-an/{number:int}"] = ["/de-an/1", "/de-an/2", "/de-an/3"],
        ["/huyen/{code}"] = ["/huyen/193?period=2013", "/huyen/199"],
        ["/xa/{code}"] = ["/xa/06649?period=2013-H1", "/xa/07192"],
        ["/co-quan/{code}"] = ["/co-quan/CA", "/co-quan/TTTT"],
        ["/bao-cao/in/{period}"] = ["/bao-cao/in/2013-Q1", "/bao-cao/in/2013"],
        ["/nhap-lieu/{form}"] = [],
        ["/dang-nhap/{handler?}"] = ["/dang-nhap"],
        // The records made by RecordsAsync.
        ["/tin-bao/{id}"] = ["/tin-bao/MARKUP-T1"],
        ["/vu-an/{id}"] = ["/vu-an/MARKUP-C1"],
        ["/nan-nhan/{id}"] = ["/nan-nhan/MARKUP-P1"],
    };

    /// <summary>Pages that render nothing on GET: signing out is a POST, its GET sends the user home.</summary>
    private static readonly string[] WithoutMarkup = ["/dang-xuat"];

    [Fact]
    public async Task NoPageHasAnInlineScriptEventHandlerOrStyleAndEveryPostFormCarriesTheAntiforgeryToken()
    {
        // Each page is read by the first of these that may open it: the public, data-entry officers (each agency is
        // offered the forms of its own steps), an administrator.
        HttpClient[] officers =
        [
            await fixture.SignedInClientAsync(Parties.InformationOfficer), await fixture.SignedInClientAsync(Parties.HaLongOfficer),
            .. await Task.WhenAll(new[] { "CA", "VKS", "TA", "LDTBXH" }.Select(a => fixture.SignedInClientAsync(new ActingParty($"markup-{a}", a)))),
            await fixture.SignedInClientAsync(Parties.CaseWorker),
        ];
        await RecordsAsync();
        HttpClient[] readers = [fixture.AnonymousClient(), .. officers, await fixture.AdminAsync()];
        var paths = await PagePathsAsync(fixture.Services, officers);
        var faults = new List<string>();
        var parser = new HtmlParser();

        foreach (var path in paths)
        {
            foreach (var language in new[] { "", path.Contains('?') ? "&culture=en-GB" : "?culture=en-GB" })
            {
                var opened = false;
                foreach (var client in readers)
                {
                    using var response = await client.GetAsync(path + language);
                    // The refusal page is a page, answered with its own status.
                    var expected = path == "/dang-nhap/tu-choi" ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
                    if (response.StatusCode != expected)
                    {
                        continue;
                    }

                    opened = true;
                    using var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                    faults.AddRange(Faults(document).Select(f => $"{path}{language}: {f}"));
                    break;
                }

                Assert.True(opened, $"no reader could open {path}{language}");
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
        Assert.True(paths.Count >= 30, $"only {paths.Count} pages were checked");
    }

    private static IEnumerable<string> Faults(IDocument document)
    {
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (tag == "script" && string.IsNullOrEmpty(element.GetAttribute("src")))
            {
                yield return $"inline <script>{Cut(element.TextContent)}";
            }

            if (tag == "style")
            {
                yield return $"<style> element {Cut(element.TextContent)}";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"event handler {attribute.Name}=\"{Cut(attribute.Value)}\" on <{tag}>";
                }

                if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"style attribute \"{Cut(attribute.Value)}\" on <{tag}>";
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction"
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"javascript: URL on <{tag}>";
                }
            }

            var resource = tag switch
            {
                "script" => element.GetAttribute("src"),
                "link" when element.GetAttribute("rel") == "stylesheet" => element.GetAttribute("href"),
                _ => null,
            };
            if (resource is not null && (!resource.StartsWith('/') || resource.StartsWith("//", StringComparison.Ordinal)))
            {
                yield return $"<{tag}> loads {resource} from another origin";
            }

            if (tag == "form" && string.Equals(element.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)
                && element.QuerySelector("input[type=hidden][name=__RequestVerificationToken]")?.GetAttribute("value") is not { Length: > 0 })
            {
                yield return $"POST form {element.Id} without an antiforgery token";
            }
        }
    }

    /// <summary>A tip, a case and a person for the record pages, dated after the program (2011–2015) so that no figure other tests read moves.</summary>
    private async Task RecordsAsync()
    {
        var police = await fixture.ClientForAsync(new ActingParty("markup-ca-api", "CA"));
        await police.AcceptAsync("/provinces/22/tips/MARKUP-T1/receipt", new { idempotencyKey = "markup-t1", receivedOn = "2026-11-01", unitCode = "06649", source = "citizen" });
        await police.AcceptAsync("/provinces/22/cases/MARKUP-C1/opening", new
        {
            idempotencyKey = "markup-c1", openedOn = "2026-11-02", unitCode = "06649", suspects = 1, form = "labour", abroad = false,
        });
        await (await fixture.ClientForAsync(Parties.CaseWorker)).AcceptAsync("/provinces/22/persons/MARKUP-P1/reception", new
        {
            idempotencyKey = "markup-p1", receivedOn = "2026-11-03", place = "mongCai", howReturned = "handedOver", countryCode = "CN",
            homeUnitCode = "06715", sex = "female", birthYear = 1994, personalData = new { fullName = "Người Kiểm Tra Trang" }, wantsConfidentiality = false,
        });
    }

    /// <summary>The path of every Razor page, its route parameters filled from <see cref="Samples"/>, and every data-entry form the index links to one of the officers.</summary>
    private static async Task<List<string>> PagePathsAsync(IServiceProvider services, IEnumerable<HttpClient> officers)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor);
        var paths = new List<string>();
        foreach (var pattern in endpoints.Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).Distinct())
        {
            if (WithoutMarkup.Contains(pattern))
            {
                continue;
            }

            if (!pattern.Contains('{'))
            {
                paths.Add(pattern);
                continue;
            }

            Assert.True(Samples.TryGetValue(pattern, out var samples), $"the page {pattern} has no sample values in {nameof(Samples)}");
            paths.AddRange(samples);
        }

        var forms = new List<string>();
        foreach (var client in officers)
        {
            var index = new HtmlParser().ParseDocument(await client.GetStringAsync("/nhap-lieu"));
            forms.AddRange(index.QuerySelectorAll("a[href^='/nhap-lieu/']").Select(a => a.GetAttribute("href")!));
        }

        forms = [.. forms.Distinct()];
        Assert.True(forms.Count >= 20, $"only {forms.Count} data-entry forms are linked from /nhap-lieu");
        paths.AddRange(forms);
        return paths.Distinct().ToList();
    }

    private static string Cut(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
