using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>An awareness survey of residents conducted in a commune.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="SurveyId">Identifier of the survey round, unique in the commune.</param>
/// <param name="ConductedOn">Date the survey was conducted.</param>
/// <param name="Respondents">People who answered (1 or more).</param>
/// <param name="Aware">Of those, people aware of trafficking's methods, harm and prevention (0 to <paramref name="Respondents"/>).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.RecordSurvey")]
public sealed record RecordSurvey(
    string IdempotencyKey, ActingParty Actor, string SurveyId, DateOnly ConductedOn, int Respondents, int Aware) : ICommand;
