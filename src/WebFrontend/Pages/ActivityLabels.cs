using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>What an agency's accepted commands are called on its page (the activity is counted by command type).</summary>
public static class ActivityLabels
{
    /// <summary>The Vietnamese label a command type declares (the key of its English text); the type itself when unknown.</summary>
    public static string Of(string commandType) => CommandCatalog.Named(commandType)?.Label ?? commandType;
}
