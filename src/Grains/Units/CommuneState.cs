using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Units;

/// <summary>
/// A commune's own inputs, kept as what its indicators need (counters by quarter, not the list of every command, which
/// is the journal's), and the contributions of the tips, cases and persons attributed to it.
/// </summary>
[GenerateSerializer, Alias("AntiTrafficking.Units.CommuneState")]
public sealed class CommuneState : LedgerState
{
    /// <summary>Propagandists (tuyên truyền viên).</summary>
    [Id(0)]
    public PersonRoster Propagandists { get; set; } = new();

    /// <summary>Counts of specialised officials, one per as-of date.</summary>
    [Id(1)]
    public List<OfficialsCount> Officials { get; set; } = [];

    /// <summary>Deliveries as a state written before the journal held them; folded into the counters on activation (<see cref="FoldListsWrittenBeforeTheJournal"/>).</summary>
    [Id(2)]
    public List<Delivery> Deliveries { get; set; } = [];

    /// <summary>Surveys as a state written before the journal held them; folded into the counters on activation.</summary>
    [Id(3)]
    public List<Survey> Surveys { get; set; } = [];

    /// <summary>The latest snapshot of each tip, case and person attributed to the commune, by leaf key.</summary>
    [Id(4)]
    public Dictionary<string, UnitSnapshot> Leaves { get; set; } = [];

    /// <summary>Survey respondents summed by the quarter of the survey (keyed by its first day: every scored period is whole quarters).</summary>
    [Id(5)]
    public Dictionary<DateOnly, long> RespondentsByQuarter { get; set; } = [];

    /// <summary>Respondents aware of trafficking, summed by the quarter of the survey.</summary>
    [Id(6)]
    public Dictionary<DateOnly, long> AwareByQuarter { get; set; } = [];

    /// <summary>Number of deliveries of material, by the quarter delivered.</summary>
    [Id(7)]
    public Dictionary<DateOnly, long> DeliveriesByQuarter { get; set; } = [];

    /// <summary>Quantities delivered, by material kind and quarter.</summary>
    [Id(8)]
    public Dictionary<string, Dictionary<DateOnly, long>> QuantityByKindAndQuarter { get; set; } = [];

    /// <summary>The first day material for each legal document reached the commune.</summary>
    [Id(9)]
    public Dictionary<string, DateOnly> FirstDeliveryByDocument { get; set; } = [];

    /// <summary>
    /// The ids of surveys recorded before the journal claimed them (a survey's id is now claimed with its row, so a
    /// second survey of the same id is refused without keeping every id here).
    /// </summary>
    [Id(10)]
    public HashSet<string> SurveyIdsBeforeJournal { get; set; } = [];

    public void AddSurvey(DateOnly conductedOn, long respondents, long aware)
    {
        Add(RespondentsByQuarter, conductedOn, respondents);
        Add(AwareByQuarter, conductedOn, aware);
    }

    public void AddDelivery(string documentCode, string materialKind, long quantity, DateOnly deliveredOn)
    {
        Add(DeliveriesByQuarter, deliveredOn, 1);
        if (!QuantityByKindAndQuarter.TryGetValue(materialKind, out var byQuarter))
        {
            QuantityByKindAndQuarter[materialKind] = byQuarter = [];
        }

        Add(byQuarter, deliveredOn, quantity);
        if (!FirstDeliveryByDocument.TryGetValue(documentCode, out var first) || deliveredOn < first)
        {
            FirstDeliveryByDocument[documentCode] = deliveredOn;
        }
    }

    /// <summary>Moves the lists of a state written before the journal into the counters (once: the lists are emptied).</summary>
    internal void FoldListsWrittenBeforeTheJournal()
    {
        foreach (var survey in Surveys)
        {
            AddSurvey(survey.ConductedOn, survey.Respondents, survey.Aware);
            SurveyIdsBeforeJournal.Add(survey.SurveyId);
        }

        foreach (var delivery in Deliveries)
        {
            AddDelivery(delivery.DocumentCode, delivery.MaterialKind, delivery.Quantity, delivery.DeliveredOn);
        }

        Surveys.Clear();
        Deliveries.Clear();
    }

    private static void Add(Dictionary<DateOnly, long> byQuarter, DateOnly day, long amount)
    {
        var quarter = DatedSeries.QuarterStart(day);
        byQuarter[quarter] = byQuarter.GetValueOrDefault(quarter) + amount;
    }
}
