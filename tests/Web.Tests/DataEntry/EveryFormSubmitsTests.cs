using System.Globalization;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Web.Tests.DataEntry;

/// <summary>
/// Every form of /nhap-lieu, taken from the forms' own declarations (a new form is covered without a new test): signed
/// in as the first party the grains' permission table lets use it, each form is filled with values made from each
/// field's kind, submitted, and must confirm and move a figure of the province's scorecard; with one invalid field it
/// must show the reason next to that field, naming it by its label, and move nothing. A form whose record must exist
/// first (a tip before its classification) is preceded by the forms that create it, on a record of its own. Quảng Yên
/// (206) only, in 2014.
/// </summary>
[Collection(EntryFormsWebCollection.Name)]
public sealed class EveryFormSubmitsTests(EntryFormsWebFixture fixture)
{
    private const string Commune = "07135";
    private const string District = "206";
    private const string Scorecard = "/provinces/22/scorecard?period=2014";
    private const string Statistics = "/provinces/22/three-sector-statistics?period=2014";

    /// <summary>The forms that must be submitted before a form, on the same record (its target and identifiers).</summary>
    private static readonly Dictionary<string, string[]> Before = new()
    {
        ["cap-phat-tai-lieu"] = ["van-ban-qppl"],
        ["tuyen-truyen-vien-thoi"] = ["tuyen-truyen-vien"],
        ["bao-cao-vien-thoi"] = ["bao-cao-vien"],
        ["ban-hanh-huong-dan"] = ["van-ban-huong-dan"],
        ["phan-loai-tin-bao"] = ["tiep-nhan-tin-bao"],
        ["ket-luan-xac-minh-tin-bao"] = ["tiep-nhan-tin-bao", "phan-loai-tin-bao"],
        ["ket-qua-dieu-tra"] = ["khoi-to-vu-an"],
        ["truy-to"] = ["khoi-to-vu-an"],
        ["xet-xu-so-tham"] = ["khoi-to-vu-an", "truy-to"],
        ["ban-an-co-hieu-luc"] = ["khoi-to-vu-an", "truy-to", "xet-xu-so-tham"],
        ["xet-xu-phuc-tham"] = ["khoi-to-vu-an", "truy-to", "xet-xu-so-tham"],
        ["giam-doc-tham-tai-tham"] = ["khoi-to-vu-an", "truy-to", "xet-xu-so-tham", "ban-an-co-hieu-luc"],
        ["bien-phap-nghiep-vu"] = ["tuyen-dia-ban-trong-diem"],
        ["ket-qua-dot-cao-diem"] = ["mo-dot-cao-diem"],
        ["bat-dau-xac-minh"] = ["tiep-nhan-nguoi-tro-ve"],
        ["xac-dinh-nan-nhan"] = ["tiep-nhan-nguoi-tro-ve", "bat-dau-xac-minh"],
        ["ghi-nhan-dong-y"] = ["tiep-nhan-nguoi-tro-ve"],
        ["rut-lai-dong-y"] = ["tiep-nhan-nguoi-tro-ve"],
        ["ho-tro-nan-nhan"] = ["tiep-nhan-nguoi-tro-ve", "bat-dau-xac-minh", "xac-dinh-nan-nhan"],
        ["tu-choi-tro-giup-phap-ly"] = ["tiep-nhan-nguoi-tro-ve", "bat-dau-xac-minh", "xac-dinh-nan-nhan"],
        ["bien-phap-bao-ve"] = ["tiep-nhan-nguoi-tro-ve"],
        ["phan-cong-can-bo"] = ["tiep-nhan-nguoi-tro-ve"],
        ["sua-noi-cu-tru"] = ["tiep-nhan-nguoi-tro-ve"],
        ["dong-ho-so"] = ["tiep-nhan-nguoi-tro-ve", "bat-dau-xac-minh", "xac-dinh-nan-nhan"],
        ["sua-so-lieu-tin-bao"] = ["tiep-nhan-tin-bao"],
        ["sua-so-lieu-vu-an"] = ["khoi-to-vu-an"],
        ["sua-so-lieu-tiep-nhan"] = ["tiep-nhan-nguoi-tro-ve"],
    };

    /// <summary>Values a field's kind cannot say, by form and field.</summary>
    private static readonly Dictionary<(string Form, string Field), string> Samples = new()
    {
        [("tiep-nhan-nguoi-tro-ve", "birthYear")] = "1995",
        // Received with consent to support (so that support can be recorded, and the consent withdrawn); the consent
        // form then records the other kind.
        [("tiep-nhan-nguoi-tro-ve", "consentsToSupport")] = "true",
        [("ghi-nhan-dong-y", "kind")] = "dataSharing",
        [("mo-dot-cao-diem", "endsOn")] = "2014-12-31",
        [("thong-ke-lien-nganh", "target")] = "2014",
        [("sua-noi-cu-tru", "homeUnitCode")] = "07138",
        [("giam-doc-tham-tai-tham", "wrongful")] = "true",
        [("dong-ho-so", "reintegrated")] = "true",

        // A correction gives one value (the others are left empty): the first date, moved back into 2013, which moves
        // the record's figures out of the province's 2014.
        [("sua-so-lieu-tin-bao", "receivedOn")] = "2013-12-20",
        [("sua-so-lieu-tin-bao", "unitCode")] = "",
        [("sua-so-lieu-tin-bao", "source")] = "",
        [("sua-so-lieu-vu-an", "openedOn")] = "2013-12-20",
        [("sua-so-lieu-vu-an", "unitCode")] = "",
        [("sua-so-lieu-vu-an", "suspects")] = "",
        [("sua-so-lieu-vu-an", "form")] = "",
        [("sua-so-lieu-vu-an", "abroad")] = "",
        [("sua-so-lieu-tiep-nhan", "receivedOn")] = "2013-12-20",
        [("sua-so-lieu-tiep-nhan", "birthYear")] = "",
        [("sua-so-lieu-tiep-nhan", "sex")] = "",
        [("sua-so-lieu-tiep-nhan", "countryCode")] = "",
        [("sua-so-lieu-tiep-nhan", "place")] = "",
        [("sua-so-lieu-tiep-nhan", "howReturned")] = "",
    };

    /// <summary>Where a form that moves no figure of the province shows its change (the record's id in {0}).</summary>
    private static readonly Dictionary<string, string> Moves = new()
    {
        ["bat-dau-xac-minh"] = "/provinces/22/persons/{0}",
        ["phan-cong-can-bo"] = "/provinces/22/persons/{0}",
        ["ghi-nhan-dong-y"] = "/provinces/22/persons/{0}",
        ["rut-lai-dong-y"] = "/provinces/22/persons/{0}",
        ["sua-noi-cu-tru"] = "/communes/07138/scorecard?period=2014",
    };

    private readonly Dictionary<ActingParty, HttpClient> _clients = [];
    private HttpClient? _reader;
    private readonly Dictionary<string, HttpClient> _readers = new(StringComparer.Ordinal);

    public static TheoryData<string> Forms() => [.. Declared().Select(f => f.Slug)];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task TheFormConfirmsAndMovesAFigureAndAnInvalidFieldIsExplainedNextToItByItsLabel(string slug)
    {
        var forms = fixture.Services.GetRequiredService<EntryForms>();
        var form = forms.Find(slug)!;
        var record = new Record("EF-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());
        foreach (var earlier in Before.GetValueOrDefault(slug, []))
        {
            var figures = await FiguresAsync(earlier, record);
            var created = await SubmitAsync(forms, forms.Find(earlier)!, record, invalid: null);
            Assert.True(created.Contains("Đã ghi nhận.", StringComparison.Ordinal), $"{earlier} before {slug}: {Errors(created)}");
            await MovedAsync(figures, earlier, record);
        }

        var invalid = InvalidField(form);
        var before = await FiguresAsync(slug, record);
        var refused = await SubmitAsync(forms, form, record, invalid);
        var error = FormPages.ErrorOf(refused, invalid.Name);

        Assert.True(error is not null, $"{slug}: no error next to '{invalid.Name}'; {Errors(refused)}");
        Assert.Contains(invalid.Label, error);
        Assert.Contains(Reason(invalid), error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("id=\"entry-confirmation\"", refused);
        Assert.Equal(before, await FiguresAsync(slug, record));

        var accepted = await SubmitAsync(forms, form, record, invalid: null);

        Assert.True(accepted.Contains("Đã ghi nhận.", StringComparison.Ordinal), $"{slug}: not confirmed; {Errors(accepted)}");
        await MovedAsync(before, slug, record);
    }

    private Task MovedAsync(string before, string slug, Record record) =>
        Eventually.ReturnsAsync(() => FiguresAsync(slug, record), after => after != before, $"a figure moved by {slug}", TimeSpan.FromSeconds(10));

    /// <summary>The declared forms, read as the site reads them (only the program's code comes from the files).</summary>
    private static IEnumerable<EntryForm> Declared() =>
        new EntryForms(new ProgramFiles(new ConfigurationBuilder().Build()), null!, null!).All;

    /// <summary>Fills and posts <paramref name="form"/> for <paramref name="record"/>, with <paramref name="invalid"/> made invalid.</summary>
    private async Task<string> SubmitAsync(EntryForms forms, EntryForm form, Record record, FormField? invalid)
    {
        var party = record.Party = await PartyForAsync(forms, form, record.Party);
        var client = await ClientAsync(party);
        var step = record.Next();
        var values = new Dictionary<string, string>();
        var dates = 0;
        foreach (var field in form.Fields.Prepend(form.Target))
        {
            var value = Samples.TryGetValue((form.Slug, field.Name), out var sample) ? sample : field.Kind switch
            {
                FieldKind.Text => field.Default ?? record.Id,
                FieldKind.Date => new DateOnly(2014, 1, 10).AddDays(10 * step + dates++).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                FieldKind.Integer => "1",
                FieldKind.Choice => field.Default ?? field.Choices![0].Value,
                FieldKind.Check => "",
                FieldKind.Commune or FieldKind.Place => Commune,
                FieldKind.District or FieldKind.Districts => District,
                FieldKind.Agency => party.AgencyCode!,
                _ => throw new InvalidOperationException($"No value for the kind {field.Kind}"),
            };
            if (field == invalid)
            {
                value = Invalid(field);
            }

            values[field.Name] = value;
        }

        return await client.PostAsync(form.Slug, await client.OpenAsync(form.Slug), values.Where(v => v.Value.Length > 0));
    }

    /// <summary>The field made invalid: the first date (set after today), else the first count (negative), else the first required field (left empty).</summary>
    private static FormField InvalidField(EntryForm form) =>
        form.Fields.FirstOrDefault(f => f.Kind == FieldKind.Date)
        ?? form.Fields.FirstOrDefault(f => f.Kind == FieldKind.Integer)
        ?? form.Fields.First(f => f.Required);

    private static string Invalid(FormField field) => field.Kind switch
    {
        FieldKind.Date => "2026-11-29",
        FieldKind.Integer => "-1",
        _ => "",
    };

    /// <summary>What the error next to the invalid field must say is wrong with it.</summary>
    private static string Reason(FormField field) => field.Kind switch
    {
        FieldKind.Date => "ngày 29/11/2026 ở tương lai (hôm nay là 28/11/2026)",
        FieldKind.Integer => "không được âm",
        FieldKind.Choice or FieldKind.Commune or FieldKind.Place or FieldKind.District or FieldKind.Agency => "Hãy chọn một giá trị.",
        _ => "Trường này là bắt buộc.",
    };

    /// <summary>
    /// The first party the grains let use the form: the one of the record's previous step (some steps are for the agency
    /// named by the record), then an officer of each agency, then a case worker, then Quảng Yên's district officer.
    /// </summary>
    private async Task<ActingParty> PartyForAsync(EntryForms forms, EntryForm form, ActingParty? previous)
    {
        var agencies = fixture.Services.GetRequiredService<ProgramFiles>().Agencies;
        var parties = agencies.Select(a => new ActingParty($"ef-{a.Code.ToLowerInvariant()}", a.Code))
            .Prepend(previous).OfType<ActingParty>()
            .Concat(agencies.Select(a => new ActingParty($"ef-cw-{a.Code.ToLowerInvariant()}", a.Code, ActorRole.CaseWorker)))
            .Append(new ActingParty("ef-" + District, null, ActorRole.DistrictOfficer, District));
        foreach (var party in parties)
        {
            if ((await forms.ForAsync(party)).Contains(form))
            {
                return party;
            }
        }

        throw new Xunit.Sdk.XunitException($"No party may use {form.Slug}");
    }

    private async Task<HttpClient> ClientAsync(ActingParty party)
    {
        if (!_clients.TryGetValue(party, out var client))
        {
            _clients[party] = client = await fixture.SignedInClientAsync(party);
        }

        return client;
    }

    /// <summary>
    /// The province's figures of 2014 (every indicator's counts and every output, and the three-sector statistics), and
    /// where the form shows its change when it moves none of them.
    /// </summary>
    private async Task<string> FiguresAsync(string slug, Record record)
    {
        var client = _reader ??= await fixture.ClientForAsync(new ActingParty("ef-reader", "LDTBXH", ActorRole.CaseWorker));
        var card = await client.ScorecardAsync(Scorecard);
        return string.Join("; ", card.Indicators.Select(i => $"{i.Code} {i.Numerator}/{i.Denominator}")
            .Concat(card.Outputs.Select(o => $"{o.Code}:{o.Key} {o.Value}"))
            .Append(await client.ReadAsync(Statistics))
            .Append(Moves.TryGetValue(slug, out var moved) ? await ReadRecordAsync(string.Format(CultureInfo.InvariantCulture, moved, record.Id)) : ""));
    }

    /// <summary>
    /// A record as the API shows it to a reader who has it: a person is read only by the agencies that have it (the one
    /// that received it, here whichever receiving agency the form's party was), so each receiving agency's case worker
    /// is asked in turn; an answer with a trace id is a refusal (or no such record yet).
    /// </summary>
    private async Task<string> ReadRecordAsync(string path)
    {
        var answer = "";
        foreach (var agency in (string[])["LDTBXH", "CA", "BDBP"])
        {
            if (!_readers.TryGetValue(agency, out var reader))
            {
                _readers[agency] = reader = await fixture.ClientForAsync(new ActingParty($"ef-reader-{agency.ToLowerInvariant()}", agency, ActorRole.CaseWorker));
            }

            answer = await reader.ReadAsync(path);
            if (!answer.Contains("\"traceId\"", StringComparison.Ordinal))
            {
                return answer;
            }
        }

        return answer;
    }

    private static string Errors(string html) =>
        string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(html, "id=\"(f-[^\"]*-error|form-error)\">([^<]*)<").Select(m => $"{m.Groups[1].Value}: {m.Groups[2].Value}"));

    /// <summary>The record a form's chain works on: one identifier for every text field, and the steps taken so far (each later in 2014).</summary>
    private sealed class Record(string id)
    {
        private int _steps;

        public string Id => id;

        /// <summary>Who took the previous step.</summary>
        public ActingParty? Party { get; set; }

        public int Next() => _steps++;
    }
}
