using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Tests.Victims;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Security.Parties;

namespace AntiTrafficking.Grains.Tests.Security;

/// <summary>
/// The role × action matrix as docs/api.md states it, written out here on its own (not read from the grains' table):
/// for each action, the parties of <see cref="Parties"/> that may take it. Everyone else must be refused. Subjects live
/// in Vân Đồn (203: communes 06994 and 06997), reports in 2014-Q2, joint statistics in 2014-Q3.
/// </summary>
internal static class RoleMatrix
{
    public const string Commune = "06994";
    public const string OtherCommune = "06997";
    public const string ReadAction = "ReadPersonalData";

    private static readonly string[] Project1Agencies = ["ao:CA", "ao:TTTT", "ao:VHTTDL", "ao:TP", "ao:HLHPN"];
    private static readonly string[] Investigators = ["ao:CA", "ao:BDBP"];
    private static readonly string[] Court = ["ao:TA"];

    private static readonly ActingParty Police = new("matrix-prep-ca", "CA");
    private static readonly ActingParty Procuracy = new("matrix-prep-vks", "VKS");
    private static readonly ActingParty Judge = new("matrix-prep-ta", "TA");
    private static readonly ActingParty BorderGuard = new("matrix-prep-bdbp", "BDBP");
    private static readonly ActingParty Dolisa = new("matrix-prep-ldtbxh", "LDTBXH");
    private static readonly ActingParty Information = new("matrix-prep-tttt", "TTTT");
    private static readonly ActingParty Officer = DistrictOfficer(InDistrict);

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Project 1
        new("RegisterPerson (district reporter)", typeof(RegisterPerson), ["do:in"], g => AtDistrict(g, (d, p, k) => d.RegisterReporterAsync(new(k, p, $"BCV-{k}", D(2013, 1, 1))))),
        new("DeactivatePerson (district reporter)", typeof(DeactivatePerson), ["do:in"], async g =>
        {
            var person = $"BCV-{Key()}";
            await Accept(g.GetGrain<IDistrictGrain>(InDistrict).RegisterReporterAsync(new(Key(), Officer, person, D(2013, 1, 1))));
            return await AtDistrict(g, (d, p, k) => d.DeactivateReporterAsync(new(k, p, person, D(2014, 1, 1))));
        }),
        new("RegisterPerson (commune propagandist)", typeof(RegisterPerson), ["do:in"], g => AtCommune(g, (c, p, k) => c.RegisterPropagandistAsync(new(k, p, $"TTV-{k}", D(2013, 1, 1))))),
        new("DeactivatePerson (commune propagandist)", typeof(DeactivatePerson), ["do:in"], async g =>
        {
            var person = $"TTV-{Key()}";
            await Accept(g.GetGrain<ICommuneGrain>(Commune).RegisterPropagandistAsync(new(Key(), Officer, person, D(2013, 1, 1))));
            return await AtCommune(g, (c, p, k) => c.DeactivatePropagandistAsync(new(k, p, person, D(2014, 1, 1))));
        }),
        new("RecordOfficials", typeof(RecordOfficials), ["do:in"], g => AtCommune(g, (c, p, k) => c.RecordOfficialsAsync(new(k, p, D(2013, 6, 1), 8, 5)))),
        new("RecordDelivery", typeof(RecordDelivery), ["do:in", .. Project1Agencies], async g =>
        {
            await g.GetGrain<IProgramCatalogGrain>(ProgramCode).RegisterLegalDocumentAsync(new("matrix-document", Information, "MATRIX-DOC", "Văn bản của ma trận quyền", D(2012, 1, 1)));
            return await AtCommune(g, (c, p, k) => c.RecordDeliveryAsync(new(k, p, "MATRIX-DOC", "leaflet", 50, D(2013, 2, 1))));
        }),
        new("RecordSurvey", typeof(RecordSurvey), ["do:in", .. Project1Agencies], g => AtCommune(g, (c, p, k) => c.RecordSurveyAsync(new(k, p, $"KS-{k}", D(2013, 3, 1), 40, 20)))),
        new("RegisterLegalDocument", typeof(RegisterLegalDocument), ["ao:TTTT", "ao:TP"], g =>
        {
            var catalog = g.GetGrain<IProgramCatalogGrain>(ProgramCode);
            return Task.FromResult(new Subject(
                async (p, k) => Of(await catalog.RegisterLegalDocumentAsync(new(k, p, $"DOC-{k}", "Văn bản thử", D(2012, 5, 1)))),
                async () => $"{(await catalog.GetLegalDocumentsAsync()).Length}",
                catalog.GetGrainId().ToString()));
        }),
        new("RequireGuidance", typeof(RequireGuidance), ["ao:TTTT"], g =>
        {
            var catalog = g.GetGrain<IProgramCatalogGrain>(ProgramCode);
            return Task.FromResult(new Subject(
                async (p, k) => Of(await catalog.RequireGuidanceAsync(new(k, p, $"G-{k}", "Hướng dẫn thử", "LDTBXH"))),
                async () => $"{(await catalog.GetGuidanceAsync()).Length}",
                catalog.GetGrainId().ToString()));
        }),
        new("IssueGuidance (LDTBXH responsible)", typeof(IssueGuidance), ["ao:TTTT", "ao:LDTBXH"], async g =>
        {
            var catalog = g.GetGrain<IProgramCatalogGrain>(ProgramCode);
            var code = $"G-{Key()}";
            await Accept(catalog.RequireGuidanceAsync(new(Key(), Information, code, "Hướng dẫn hỗ trợ nạn nhân", "LDTBXH")));
            return new Subject(
                async (p, k) => Of(await catalog.IssueGuidanceAsync(new(k, p, code, "01/HD", D(2013, 1, 1)))),
                async () => $"{(await catalog.GetGuidanceAsync()).Single(x => x.GuidanceCode == code).IssuedOn}",
                catalog.GetGrainId().ToString());
        }),

        // Project 2
        new("ReceiveTip", typeof(ReceiveTip), [.. Parties.Agencies.Select(a => $"ao:{a}"), "do:in"], g =>
            Tip(g, null, (t, p, k) => t.ReceiveAsync(new(k, p, D(2013, 3, 1), Commune, TipSource.Citizen)))),
        new("ClassifyTip", typeof(ClassifyTip), Investigators, g =>
            Tip(g, false, (t, p, k) => t.ClassifyAsync(new(k, p, D(2013, 3, 5), TipClassification.SignsOfCrime)))),
        new("ConcludeVerification", typeof(ConcludeVerification), Investigators, g =>
            Tip(g, true, (t, p, k) => t.ConcludeVerificationAsync(new(k, p, D(2013, 4, 1), VerificationConclusion.Dismissed)))),
        new("CorrectTip", typeof(CorrectTip), Investigators, g =>
            Tip(g, false, (t, p, k) => t.CorrectAsync(new(k, p, "Sai ngày tiếp nhận", ReceivedOn: D(2013, 2, 27))))),
        new("OpenCase", typeof(OpenCase), Investigators, g =>
            Case(g, null, (c, p, k) => c.OpenAsync(new(k, p, D(2013, 1, 10), Commune, 2, TraffickingForm.Labour, Abroad: false)))),
        new("RecordInvestigation", typeof(RecordInvestigation), Investigators, g =>
            Case(g, CaseStatus.Investigating, (c, p, k) => c.RecordInvestigationAsync(new(k, p, D(2013, 2, 1), 1, 1, false)))),
        new("CorrectCase", typeof(CorrectCase), Investigators, g =>
            Case(g, CaseStatus.Investigating, (c, p, k) => c.CorrectAsync(new(k, p, "Sai số bị can", Suspects: 3)))),
        new("ProsecuteCase", typeof(ProsecuteCase), ["ao:VKS"], g =>
            Case(g, CaseStatus.Investigating, (c, p, k) => c.ProsecuteAsync(new(k, p, D(2013, 3, 1), 2)))),
        new("RecordTrial", typeof(RecordTrial), Court, g =>
            Case(g, CaseStatus.AwaitingTrial, (c, p, k) => c.RecordTrialAsync(new(k, p, D(2013, 5, 1), Verdict.Convicted, 2)))),
        new("RecordJudgmentInForce", typeof(RecordJudgmentInForce), Court, g =>
            Case(g, CaseStatus.Tried, (c, p, k) => c.RecordJudgmentInForceAsync(new(k, p, D(2013, 5, 20))))),
        new("RecordAppealJudgment", typeof(RecordAppealJudgment), Court, g =>
            Case(g, CaseStatus.Tried, (c, p, k) => c.RecordAppealJudgmentAsync(new(k, p, D(2013, 6, 1), AppealOutcome.Upheld)))),
        new("OverturnJudgment", typeof(OverturnJudgment), Court, g =>
            Case(g, CaseStatus.InForce, (c, p, k) => c.OverturnJudgmentAsync(new(k, p, D(2013, 9, 1), Wrongful: false, RetrialOrdered: true)))),
        new("DesignateKeyArea", typeof(DesignateKeyArea), Investigators, g =>
            KeyArea(g, designated: false, (a, p, k) => a.DesignateAsync(new(k, p, D(2013, 1, 1), Commune, KeyAreaKind.Route, "Tuyến Cái Rồng")))),
        new("RecordKeyAreaMeasure", typeof(RecordKeyAreaMeasure), Investigators, g =>
            KeyArea(g, designated: true, (a, p, k) => a.RecordMeasureAsync(new(k, p, D(2013, 2, 1), "tuần tra")))),
        new("PlanCampaign", typeof(PlanCampaign), Investigators, g =>
            Campaign(g, planned: false, (c, p, k) => c.PlanAsync(new(k, p, "Cao điểm Vân Đồn", D(2013, 1, 1), D(2013, 2, 1), [InDistrict])))),
        new("RecordCampaignResult", typeof(RecordCampaignResult), Investigators, g =>
            Campaign(g, planned: true, (c, p, k) => c.RecordResultAsync(new(k, p, new CampaignResult(InDistrict, D(2013, 1, 15), 2, 1))))),
        new("ReferTip (received by CA, to BDBP)", typeof(ReferTip), ["ao:CA"], g =>
            Tip(g, false, (t, p, k) => t.ReferAsync(new(k, p, "BDBP", "địa bàn biên giới", D(2013, 3, 2))))),
        new("AcceptTipReferral (referred to BDBP)", typeof(AcceptTipReferral), ["ao:BDBP"], g =>
            ReferredTip(g, (t, p, k) => t.AcceptReferralAsync(new(k, p, D(2013, 3, 3))))),
        new("DeclineTipReferral (referred to BDBP)", typeof(DeclineTipReferral), ["ao:BDBP"], g =>
            ReferredTip(g, (t, p, k) => t.DeclineReferralAsync(new(k, p, "ngoài địa bàn", D(2013, 3, 3))))),
        new("SubmitSectorStatistics", typeof(SubmitSectorStatistics), ["ao:CA", "ao:VKS", "ao:TA"], g =>
        {
            var statistics = g.GetGrain<IThreeSectorStatisticsGrain>("22:2014-Q3");
            return Task.FromResult(new Subject(
                async (p, k) => Of(await statistics.SubmitAsync(new(k, p, new SectorCounts(CasesOpened: 3)))),
                async () => $"{(await statistics.GetComparisonAsync()).Version}",
                statistics.GetGrainId().ToString()));
        }),

        // Project 3
        new("ReceivePerson", typeof(ReceivePerson), Victim("CA", "BDBP", "LDTBXH"), g =>
            Person(g, Stage.None, (v, p, k) => v.ReceiveAsync(People.Reception(Commune, D(2013, 5, 10), p) with { IdempotencyKey = k }))),
        new("StartVerification", typeof(StartVerification), Victim("CA", "BDBP"), g =>
            Person(g, Stage.Received, (v, p, k) => v.StartVerificationAsync(new(k, p, D(2013, 5, 11))))),
        new("ConcludeIdentification", typeof(ConcludeIdentification), Victim("CA", "BDBP"), g =>
            Person(g, Stage.Verifying, (v, p, k) => v.ConcludeIdentificationAsync(new(k, p, D(2013, 6, 15), IdentificationOutcome.Victim, "BDBP")))),
        new("GiveConsent", typeof(GiveConsent), [.. Victim("LDTBXH", "YT", "HLHPN", "CA", "BDBP"), "ao:TP"], g =>
            Person(g, Stage.Received, (v, p, k) => v.GiveConsentAsync(new(k, p, ConsentKind.DataSharing, D(2013, 5, 12))))),
        new("WithdrawConsent", typeof(WithdrawConsent), [.. Victim("LDTBXH", "YT", "HLHPN", "CA", "BDBP"), "ao:TP"], g =>
            Person(g, Stage.Received, (v, p, k) => v.WithdrawConsentAsync(new(k, p, ConsentKind.Support, D(2013, 5, 12))))),
        new("RecordSupport", typeof(RecordSupport), [.. Victim("LDTBXH", "YT", "HLHPN", "CA", "BDBP"), "ao:TP"], g =>
            Person(g, Stage.Identified, (v, p, k) => v.RecordSupportAsync(new(k, p, SupportKind.Medical, D(2013, 6, 20), "Trung tâm y tế")))),
        new("DeclineLegalAid", typeof(DeclineLegalAid), [.. Victim("LDTBXH", "YT", "HLHPN", "CA", "BDBP"), "ao:TP"], g =>
            Person(g, Stage.Identified, (v, p, k) => v.DeclineLegalAidAsync(new(k, p, D(2013, 6, 20))))),
        new("ApplyProtection", typeof(ApplyProtection), Victim("CA", "BDBP", "LDTBXH"), g =>
            Person(g, Stage.Identified, (v, p, k) => v.ApplyProtectionAsync(new(k, p, ProtectionMeasure.Safety, D(2013, 6, 20))))),
        new("ChangeHome", typeof(ChangeHome), Victim("CA", "BDBP", "LDTBXH"), g =>
            Person(g, Stage.Received, (v, p, k) => v.ChangeHomeAsync(new(k, p, OtherCommune, D(2013, 5, 20))))),
        new("CorrectPerson", typeof(CorrectPerson), Victim("CA", "BDBP", "LDTBXH"), g =>
            Person(g, Stage.Received, (v, p, k) => v.CorrectAsync(new(k, p, "Sai giới tính", Sex: Sex.Male)))),
        new("AssignOfficer", typeof(AssignOfficer), Victim("LDTBXH"), g =>
            Person(g, Stage.Received, (v, p, k) => v.AssignOfficerAsync(new(k, p, Get("cw:YT"), D(2013, 5, 12))))),
        new("CloseRecord", typeof(CloseRecord), Victim("LDTBXH"), g =>
            Person(g, Stage.Identified, (v, p, k) => v.CloseAsync(new(k, p, D(2013, 12, 1), Reintegrated: true)))),
        new("ReferPerson (received by BDBP, to YT)", typeof(ReferPerson), Victim("BDBP"), g =>
            Person(g, Stage.Received, (v, p, k) => v.ReferAsync(new(k, p, "YT", "hỗ trợ y tế", D(2013, 5, 12))), sharing: true)),
        new("AcceptPersonReferral (referred to YT)", typeof(AcceptPersonReferral), Victim("YT"), g =>
            ReferredPerson(g, (v, p, k) => v.AcceptReferralAsync(new(k, p, D(2013, 5, 13))))),
        new("DeclinePersonReferral (referred to YT)", typeof(DeclinePersonReferral), Victim("YT"), g =>
            ReferredPerson(g, (v, p, k) => v.DeclineReferralAsync(new(k, p, "không đủ điều kiện", D(2013, 5, 13))))),

        // Only the receiving agency (BDBP) has the person: the other case workers are refused on their agency.
        new("ReadPersonalData", typeof(ReadRequest), ["cw:BDBP"], g => Read(g, confidential: false)),
        new(
            "ReadPersonalData (confidential, HLHPN case worker assigned)", typeof(ReadRequest), ["cw:HLHPN"], g => Read(g, confidential: true),
            label => label == "cw:BDBP" ? "reader.userId" : null),

        // Reporting
        new("SubmitReport (agency TTTT)", typeof(SubmitReport), ["ao:TTTT"], g => Report(g, "TTTT")),
        new("SubmitReport (district 203)", typeof(SubmitReport), ["do:in"], g => Report(g, InDistrict)),
        new("ApprovePeriod", typeof(ApprovePeriod), ["ao:CA"], g =>
        {
            // Only one approval per period: the refused parties try first, then the standing office on the same period.
            var period = g.GetGrain<IReportingPeriodGrain>($"22:{ApprovedPeriod}");
            return Task.FromResult(new Subject(
                async (p, k) => Of(await period.ApproveAsync(new(k, p, "Đồng ý"))),
                async () => $"{(await period.GetStatusAsync()).Approval?.UserId}",
                period.GetGrainId().ToString()));
        }),
    ];

    /// <summary>The reporting cluster's period approved by the matrix (closed by the time the matrix runs).</summary>
    public const string ApprovedPeriod = "2013-Q1";

    private const string ProgramCode = "QN-3087-2011-2015";

    private enum Stage
    {
        None,
        Received,
        Verifying,
        Identified,
    }

    /// <summary>The roles a command type admits at all, from every row of the type: "ao", "cw", "do".</summary>
    public static IReadOnlySet<string> AdmittedRoles(Type action) =>
        Rows.Where(r => r.Action == action).SelectMany(r => r.Allowed).Select(RoleOf).ToHashSet();

    private static string[] Victim(params string[] agencies) =>
        [.. agencies.Select(a => $"ao:{a}"), .. agencies.Where(a => a != "TP").Select(a => $"cw:{a}")];

    private static Outcome Of(CommandResult result) => new(result.Outcome == CommandOutcome.Accepted, result.Error?.Code, result.Error?.Field);

    private static async Task Accept(Task<CommandResult> command)
    {
        var result = await command;
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"preparation refused: {result.Error}");
    }

    private static Task<Subject> AtDistrict(IGrainFactory g, Func<IDistrictGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var district = g.GetGrain<IDistrictGrain>(InDistrict);
        return Task.FromResult(new Subject(
            async (p, k) => Of(await send(district, p, k)),
            async () => $"{(await district.GetScorecardAsync("2015")).Version}",
            district.GetGrainId().ToString()));
    }

    private static Task<Subject> AtCommune(IGrainFactory g, Func<ICommuneGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var commune = g.GetGrain<ICommuneGrain>(Commune);
        return Task.FromResult(new Subject(
            async (p, k) => Of(await send(commune, p, k)),
            async () => $"{(await commune.GetScorecardAsync("2015")).Version}",
            commune.GetGrainId().ToString()));
    }

    /// <param name="classified">null: a fresh tip; false: received; true: received and classified with signs of crime.</param>
    private static async Task<Subject> Tip(IGrainFactory g, bool? classified, Func<ITipGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var tip = g.GetGrain<ITipGrain>($"22:M-{Key()}");
        if (classified is not null)
        {
            await Accept(tip.ReceiveAsync(new(Key(), Police, D(2013, 3, 1), Commune, TipSource.Citizen)));
        }

        if (classified == true)
        {
            await Accept(tip.ClassifyAsync(new(Key(), Police, D(2013, 3, 5), TipClassification.SignsOfCrime)));
        }

        return new Subject(async (p, k) => Of(await send(tip, p, k)), async () => $"{(await tip.GetAsync())?.Version}", tip.GetGrainId().ToString());
    }

    /// <summary>A tip received by the Police and referred by it to the Border Guard.</summary>
    private static async Task<Subject> ReferredTip(IGrainFactory g, Func<ITipGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var tip = g.GetGrain<ITipGrain>($"22:M-{Key()}");
        await Accept(tip.ReceiveAsync(new(Key(), Police, D(2013, 3, 1), Commune, TipSource.Citizen)));
        await Accept(tip.ReferAsync(new(Key(), Police, "BDBP", "địa bàn biên giới", D(2013, 3, 2))));
        return new Subject(async (p, k) => Of(await send(tip, p, k)), async () => $"{(await tip.GetAsync())?.Version}", tip.GetGrainId().ToString());
    }

    /// <param name="status">The case's status before the action; null: no case yet.</param>
    private static async Task<Subject> Case(IGrainFactory g, CaseStatus? status, Func<ICaseGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var @case = g.GetGrain<ICaseGrain>($"22:M-{Key()}");
        if (status is not null)
        {
            await Accept(@case.OpenAsync(new(Key(), Police, D(2013, 1, 10), Commune, 2, TraffickingForm.Marriage, Abroad: true)));
            if (status >= CaseStatus.AwaitingTrial)
            {
                await Accept(@case.ProsecuteAsync(new(Key(), Procuracy, D(2013, 3, 1), 2)));
            }

            if (status >= CaseStatus.Tried)
            {
                await Accept(@case.RecordTrialAsync(new(Key(), Judge, D(2013, 5, 1), Verdict.Convicted, 2)));
            }

            if (status >= CaseStatus.InForce)
            {
                await Accept(@case.RecordJudgmentInForceAsync(new(Key(), Judge, D(2013, 5, 20))));
            }
        }

        return new Subject(async (p, k) => Of(await send(@case, p, k)), async () => $"{(await @case.GetAsync())?.Version}", @case.GetGrainId().ToString());
    }

    private static async Task<Subject> KeyArea(IGrainFactory g, bool designated, Func<IKeyAreaGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var area = g.GetGrain<IKeyAreaGrain>($"22:M-{Key()}");
        if (designated)
        {
            await Accept(area.DesignateAsync(new(Key(), BorderGuard, D(2013, 1, 1), Commune, KeyAreaKind.Area, "Địa bàn Cái Rồng")));
        }

        return new Subject(async (p, k) => Of(await send(area, p, k)), async () => $"{(await area.GetAsync())?.Version}", area.GetGrainId().ToString());
    }

    private static async Task<Subject> Campaign(IGrainFactory g, bool planned, Func<ICampaignGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var campaign = g.GetGrain<ICampaignGrain>($"22:M-{Key()}");
        if (planned)
        {
            await Accept(campaign.PlanAsync(new(Key(), Police, "Cao điểm Vân Đồn", D(2013, 1, 1), D(2013, 2, 1), [InDistrict])));
        }

        return new Subject(async (p, k) => Of(await send(campaign, p, k)), async () => $"{(await campaign.GetAsync())?.Version}", campaign.GetGrainId().ToString());
    }

    /// <param name="sharing">The person consents to data sharing at reception, as a referral needs.</param>
    private static async Task<IVictimGrain> PersonAt(IGrainFactory g, Stage stage, bool confidential = false, bool sharing = false)
    {
        var person = People.NewPerson(g);
        if (stage >= Stage.Received)
        {
            await Accept(person.ReceiveAsync(People.Reception(Commune, D(2013, 5, 10), BorderGuard, confidential: confidential, consentsToDataSharing: sharing)));
        }

        if (stage >= Stage.Verifying)
        {
            await Accept(person.StartVerificationAsync(new(Key(), BorderGuard, D(2013, 5, 11))));
        }

        if (stage >= Stage.Identified)
        {
            await Accept(person.ConcludeIdentificationAsync(new(Key(), BorderGuard, D(2013, 6, 15), IdentificationOutcome.Victim, "BDBP")));
        }

        return person;
    }

    private static async Task<Subject> Person(IGrainFactory g, Stage stage, Func<IVictimGrain, ActingParty, string, Task<CommandResult>> send, bool sharing = false)
    {
        var person = await PersonAt(g, stage, sharing: sharing);
        return new Subject(async (p, k) => Of(await send(person, p, k)), async () => $"{(await person.GetAsync())?.Version}", person.GetGrainId().ToString());
    }

    /// <summary>A person received by the Border Guard and referred by it to Health.</summary>
    private static async Task<Subject> ReferredPerson(IGrainFactory g, Func<IVictimGrain, ActingParty, string, Task<CommandResult>> send)
    {
        var person = await PersonAt(g, Stage.Received, sharing: true);
        await Accept(person.ReferAsync(new(Key(), BorderGuard, "YT", "hỗ trợ y tế", D(2013, 5, 12))));
        return new Subject(async (p, k) => Of(await send(person, p, k)), async () => $"{(await person.GetAsync())?.Version}", person.GetGrainId().ToString());
    }

    /// <summary>A received person; when confidential, the HLHPN case worker of the matrix is assigned.</summary>
    private static async Task<Subject> Read(IGrainFactory g, bool confidential)
    {
        var person = await PersonAt(g, Stage.Received, confidential);
        if (confidential)
        {
            await Accept(person.AssignOfficerAsync(new(Key(), Dolisa, Get("cw:HLHPN"), D(2013, 5, 12))));
        }

        return new Subject(
            async (p, _) =>
            {
                var read = await person.ReadPersonalDataAsync(new(p, "hỗ trợ nạn nhân"));
                return new Outcome(read.Granted && read.Data is not null, read.Error?.Code, read.Error?.Field);
            },
            async () => $"{(await person.GetAsync())?.Version}",
            person.GetGrainId().ToString());
    }

    private static Task<Subject> Report(IGrainFactory g, string reporter)
    {
        var period = g.GetGrain<IReportingPeriodGrain>("22:2014-Q2");
        return Task.FromResult(new Subject(
            async (p, k) => Of(await period.SubmitAsync(new(k, p, reporter, "Kết quả trong kỳ.", []))),
            async () => $"{(await period.GetReportAsync(reporter))?.Revisions.Length}",
            period.GetGrainId().ToString()));
    }
}
