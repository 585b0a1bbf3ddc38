using System.Globalization;
using AntiTrafficking.GrainInterfaces.Records;

namespace AntiTrafficking.Grains.Records;

/// <summary>
/// The steps a referral writes in a record's history: "referred", "referralAccepted", "referralDeclined", each with the
/// referral's number as detail, so the timeline finds the agencies and reasons in the record's referrals.
/// </summary>
internal static class ReferralSteps
{
    public const string Referred = "referred";
    public const string Accepted = "referralAccepted";
    public const string Declined = "referralDeclined";

    public static string Answered(ReferralStatus status) => status == ReferralStatus.Accepted ? Accepted : Declined;

    public static string Detail(Referral referral) => referral.Number.ToString(CultureInfo.InvariantCulture);
}
