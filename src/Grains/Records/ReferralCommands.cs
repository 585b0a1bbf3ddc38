using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Records;

/// <summary>
/// What referring a record and answering a referral do, for any grain whose record holds referrals (a tip, a person):
/// the record's own checks come first (it exists, it is open, who has it), then <see cref="ReferralRules"/>; the change
/// is the referral list's and one step in the record's history. The list is read through <c>referrals</c> at each use,
/// since a command is applied to a copy of the state.
/// </summary>
internal static class ReferralCommands
{
    /// <summary>Writes one step of the record's history: its name, date and detail.</summary>
    public delegate void RecordStep(string step, DateOnly on, string detail);

    /// <summary>Adds a pending referral from the actor's agency to the list, and its "referred" step.</summary>
    public static void Refer(List<Referral> referrals, ActingParty actor, string toAgency, string reason, DateOnly referredOn, RecordStep record)
    {
        var referral = ReferralRules.New(referrals, actor.AgencyCode!, toAgency, reason, referredOn);
        referrals.Add(referral);
        record(ReferralSteps.Referred, referredOn, ReferralSteps.Detail(referral));
    }

    /// <summary>
    /// The validation and the change of an answer (<paramref name="answer"/> accepted or declined, on <paramref name="on"/>)
    /// to the referral pending to the actor's agency; a decline needs a reason.
    /// </summary>
    /// <param name="closed">The record's own refusal (absent, closed), checked first.</param>
    /// <param name="acceptable">For an acceptance, the record's own condition (a person's consent to data sharing), checked once the referral's rules passed.</param>
    public static (Func<CommandRules, CommandError?> Validate, Action Apply) Answer(
        Func<List<Referral>> referrals, ActingParty actor, Func<CommandError?> closed,
        string dateField, DateOnly on, ReferralStatus answer, string? reason, RecordStep record, Func<CommandError?>? acceptable = null)
    {
        Referral? pending = null;
        return (
            rules =>
            {
                if (closed() is { } refused)
                {
                    return refused;
                }

                (pending, var error) = ReferralRules.Answer(referrals(), actor, dateField, on);
                return error
                    ?? (answer == ReferralStatus.Declined ? CommandRules.CheckText("reason", reason) : acceptable?.Invoke())
                    ?? rules.CheckDate(dateField, on);
            },
            () =>
            {
                ReferralRules.Close(referrals(), pending!, answer, on, reason);
                record(ReferralSteps.Answered(answer), on, ReferralSteps.Detail(pending!));
            });
    }
}
