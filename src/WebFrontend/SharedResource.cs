namespace AntiTrafficking.WebFrontend;

/// <summary>
/// Marker of the pages' shared texts. The keys are the Vietnamese texts themselves (Vietnamese first);
/// Resources/SharedResource.en.resx gives the English ones.
/// </summary>
public sealed class SharedResource;
