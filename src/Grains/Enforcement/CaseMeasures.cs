using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// A case's contribution, counted as the courts' own statistics count it:
/// <list type="bullet">
/// <item>IND-10: cases.prosecuted +1 when sent to court and +1 again on each date the case went back for a new
/// first-instance trial (judgment set aside on appeal, or overturned with a retrial): from that date it is due for
/// trial again, as a case newly accepted by the first-instance court. cases.tried +1 on each first-instance trial,
/// retrials included. So a case is due in every period from being sent (back) to court until it is tried, and
/// never counts twice in one period's denominator.</item>
/// <item>IND-11: each judgment that came into force counts once, in the period of its in-force date; it is sound
/// unless later overturned as wrongful (status as of now). An appellate judgment is a judgment in force; a
/// first-instance judgment set aside on appeal never came into force.</item>
/// <item>Outputs: cases opened; suspects prosecuted (once, when sent to court); people convicted at each
/// first-instance trial, as the Court's first-instance statistics count them; victims rescued and arrests on the
/// dates recorded; a special project once.</item>
/// </list>
/// </summary>
internal static class CaseMeasures
{
    public static MeasureSet From(CaseState state)
    {
        var set = MeasureSet.Empty
            .PlusOne(Measures.CasesOpened, state.OpenedOn)
            .Plus(Measures.VictimsRescued, state.Investigations.Select(i => (i.RecordedOn, (long)i.VictimsRescued)))
            .Plus(EnforcementMeasures.SuspectsArrested, state.Investigations.Select(i => (i.RecordedOn, (long)i.SuspectsArrested)));
        if (state.Investigations.Where(i => i.SpecialProject).Select(i => (DateOnly?)i.RecordedOn).Min() is { } special)
        {
            set = set.PlusOne(EnforcementMeasures.SpecialProjects, special);
        }

        if (state.SentToCourtOn is { } sent)
        {
            set = set
                .Plus(Measures.CasesProsecuted, state.DueAgainOn.Prepend(sent).Select(d => (d, 1L)))
                .PlusOne(EnforcementMeasures.CasesIndicted, sent)
                .Plus(Measures.SuspectsProsecuted, [(sent, (long)state.SuspectsProsecuted)]);
        }

        return set
            .Plus(Measures.CasesTried, state.Trials.Select(t => (t.TriedOn, 1L)))
            .Plus(Measures.PeopleConvicted, state.Trials.Select(t => (t.TriedOn, (long)t.PeopleConvicted)))
            .Plus(EnforcementMeasures.MobileTrials, state.Trials.Where(t => t.Mobile).Select(t => (t.TriedOn, 1L)))
            .Plus(Measures.JudgmentsInForce, state.Judgments.Select(j => (j.InForceOn, 1L)))
            .Plus(Measures.JudgmentsInForceSound, state.Judgments.Where(j => !j.Wrongful).Select(j => (j.InForceOn, 1L)));
    }
}
