namespace AntiTrafficking.Persistence.Tests.Grains;

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task RegisterAsync(string reminderName, TimeSpan dueTime, TimeSpan period);

    Task UnregisterAsync(string reminderName);

    /// <summary>The reminder as the reminder service reads it back, or null when it does not exist.</summary>
    Task<string?> FindReminderAsync(string reminderName);

    Task<IReadOnlyList<string>> ListRemindersAsync();

    /// <summary>How many times a reminder ticked on this activation.</summary>
    Task<int> GetTickCountAsync();
}
