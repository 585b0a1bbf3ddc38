namespace AntiTrafficking.Grains.Units;

/// <summary>An awareness survey held in a commune.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Survey")]
public sealed record Survey(string SurveyId, DateOnly ConductedOn, int Respondents, int Aware);
