namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>
/// One agency handing a record (a received person, a tip) to another, with why, and the other's answer. A person's
/// accepted referral gives the agency referred to access to the person's records (see <c>IVictimGrain.ViewAsync</c>).
/// </summary>
/// <param name="Number">The referral's number in its record, from 1 (the timeline's steps name it).</param>
/// <param name="FromAgency">The agency that referred.</param>
/// <param name="ToAgency">The agency referred to.</param>
/// <param name="Reason">Why, in a few words (never personal data), e.g. "hỗ trợ y tế".</param>
/// <param name="ReferredOn">Date referred.</param>
/// <param name="Status">Pending until the agency referred to accepts or declines.</param>
/// <param name="AnsweredOn">Date accepted or declined, or null while pending.</param>
/// <param name="DeclineReason">Why it was declined, or null.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Records.Referral")]
public sealed record Referral(
    int Number,
    string FromAgency,
    string ToAgency,
    string Reason,
    DateOnly ReferredOn,
    ReferralStatus Status = ReferralStatus.Pending,
    DateOnly? AnsweredOn = null,
    string? DeclineReason = null);

/// <summary>Where a referral stands.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Records.ReferralStatus")]
public enum ReferralStatus
{
    /// <summary>Waiting for the agency referred to.</summary>
    Pending,

    /// <summary>The agency referred to took the record on.</summary>
    Accepted,

    /// <summary>The agency referred to declined it.</summary>
    Declined,
}
