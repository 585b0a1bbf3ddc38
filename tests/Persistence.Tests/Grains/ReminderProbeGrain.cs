namespace AntiTrafficking.Persistence.Tests.Grains;

public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    private int _ticks;

    public async Task RegisterAsync(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        await this.RegisterOrUpdateReminder(reminderName, dueTime, period);

    public async Task UnregisterAsync(string reminderName)
    {
        var reminder = await this.GetReminder(reminderName)
            ?? throw new InvalidOperationException($"No reminder named {reminderName}.");
        await this.UnregisterReminder(reminder);
    }

    public async Task<string?> FindReminderAsync(string reminderName) =>
        (await this.GetReminder(reminderName))?.ReminderName;

    public async Task<IReadOnlyList<string>> ListRemindersAsync() =>
        (await this.GetReminders()).Select(r => r.ReminderName).Order(StringComparer.Ordinal).ToArray();

    public Task<int> GetTickCountAsync() => Task.FromResult(_ticks);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _ticks++;
        return Task.CompletedTask;
    }
}
