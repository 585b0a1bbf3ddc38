using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Catalog;

/// <summary>A program's catalog: the legal documents behind IND-01 and the guidance documents behind IND-02.</summary>
internal sealed class ProgramCatalogGrain(
    [PersistentState("catalog", StorageNames.Main)] IPersistentState<CatalogState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ILogger<ProgramCatalogGrain> logger)
    : CommandGrain<CatalogState>(state, logger), IProgramCatalogGrain, ICatalogLookup
{
    private string? _provinceCode;

    protected override string? ProvinceCode => _provinceCode;

    protected override CommandRules? Rules => _provinceCode is { } code ? new CommandRules(reference, calendar, code) : null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _provinceCode = reference.Provinces.Values.FirstOrDefault(p => p.Program.Code == this.GetPrimaryKeyString())?.Code;
        return Task.CompletedTask;
    }

    /// <summary>Issuing a guidance document is for the agency responsible for it: the guidance must be known first.</summary>
    protected override PermissionTarget TargetOf(ICommand command) => command switch
    {
        IssueGuidance { GuidanceCode: var code } when string.IsNullOrWhiteSpace(code) => PermissionTarget.Unknown(Refusals.Required("guidanceCode")),
        IssueGuidance issue => State.Guidance.TryGetValue(issue.GuidanceCode, out var guidance)
            ? PermissionTarget.Agency(guidance.ResponsibleAgency)
            : PermissionTarget.Unknown(Refusals.UnknownGuidance(issue.GuidanceCode)),
        _ => PermissionTarget.None,
    };

    public Task<CommandResult> RegisterLegalDocumentAsync(RegisterLegalDocument command) =>
        ExecuteAsync(
            command,
            rules => CommandRules.CheckId("documentCode", command.DocumentCode)
                ?? CommandRules.CheckText("title", command.Title)
                ?? rules.CheckDate("issuedOn", command.IssuedOn)
                ?? (State.LegalDocuments.ContainsKey(command.DocumentCode) ? Refusals.Duplicate("documentCode", command.DocumentCode) : null),
            () => State.LegalDocuments[command.DocumentCode] = new LegalDocument(command.DocumentCode, command.Title, command.IssuedOn));

    public Task<CommandResult> RequireGuidanceAsync(RequireGuidance command) =>
        ExecuteAsync(
            command,
            _ => CommandRules.CheckId("guidanceCode", command.GuidanceCode)
                ?? CommandRules.CheckText("title", command.Title)
                ?? CommandRules.CheckText("responsibleAgency", command.ResponsibleAgency)
                ?? (reference.Agencies.ContainsKey(ReferenceData.AgencyKey(_provinceCode!, command.ResponsibleAgency))
                    ? null
                    : Refusals.UnknownAgency(command.ResponsibleAgency) with { Field = "responsibleAgency" })
                ?? (State.Guidance.ContainsKey(command.GuidanceCode) ? Refusals.Duplicate("guidanceCode", command.GuidanceCode) : null),
            () => State.Guidance[command.GuidanceCode] = new Guidance(command.GuidanceCode, command.Title, command.ResponsibleAgency));

    public Task<CommandResult> IssueGuidanceAsync(IssueGuidance command) =>
        ExecuteAsync(
            command,
            rules => CommandRules.CheckId("guidanceCode", command.GuidanceCode)
                ?? CommandRules.CheckText("documentNumber", command.DocumentNumber)
                ?? rules.CheckDate("issuedOn", command.IssuedOn)
                ?? (State.Guidance.TryGetValue(command.GuidanceCode, out var guidance)
                    ? guidance.IssuedOn is null ? null : Refusals.AlreadyIssued(command.GuidanceCode)
                    : Refusals.UnknownGuidance(command.GuidanceCode)),
            () => State.Guidance[command.GuidanceCode] = State.Guidance[command.GuidanceCode] with
            {
                DocumentNumber = command.DocumentNumber,
                IssuedOn = command.IssuedOn,
            });

    public Task<ImmutableArray<LegalDocumentView>> GetLegalDocumentsAsync() =>
        Task.FromResult(State.LegalDocuments.Values
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select(ToView)
            .ToImmutableArray());

    public Task<ImmutableArray<GuidanceView>> GetGuidanceAsync() =>
        Task.FromResult(State.Guidance.Values
            .OrderBy(g => g.Code, StringComparer.Ordinal)
            .Select(g => new GuidanceView(g.Code, g.Title, g.ResponsibleAgency, g.DocumentNumber, g.IssuedOn))
            .ToImmutableArray());

    public Task<LegalDocumentView?> FindLegalDocumentAsync(string documentCode) =>
        Task.FromResult(State.LegalDocuments.TryGetValue(documentCode, out var document) ? ToView(document) : null);

    public Task<UnitSnapshot> GetMeasuresAsync()
    {
        var measures = MeasureSet.Empty
            .With(Measures.LegalDocsIssued, DatedSeries.From(State.LegalDocuments.Values.Select(d => (d.IssuedOn, 1L))))
            .With(Measures.GuidanceRequired, DatedSeries.From(State.Guidance.Values.Select(_ => (DateOnly.MinValue, 1L))))
            .With(Measures.GuidanceIssued, DatedSeries.From(
                State.Guidance.Values.Where(g => g.IssuedOn is not null).Select(g => (g.IssuedOn!.Value, 1L))));
        return Task.FromResult(UnitSnapshot.From(this.GetPrimaryKeyString(), State.Version, measures));
    }

    protected override Task OnCommittedAsync() => Task.CompletedTask;

    private static LegalDocumentView ToView(LegalDocument document) => new(document.Code, document.Title, document.IssuedOn);
}
