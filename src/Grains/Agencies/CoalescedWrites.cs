namespace AntiTrafficking.Grains.Agencies;

/// <summary>
/// Group commit for a reentrant grain that many callers change at once: the changes made while a write is running are
/// all stored by the next single write, and each caller is answered once the write holding its change has finished
/// (or with that write's error). One write at a time, so storage sees the grain's writes in order.
/// </summary>
internal sealed class CoalescedWrites(Func<Task> write)
{
    private TaskCompletionSource? _waiting;
    private bool _writing;

    /// <summary>Called after a change to the state in memory; completes when a write that includes it is stored.</summary>
    public Task StoreAsync()
    {
        var waiting = _waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_writing)
        {
            _ = WriteWhileChangedAsync();
        }

        return waiting.Task;
    }

    private async Task WriteWhileChangedAsync()
    {
        _writing = true;
        try
        {
            while (_waiting is { } batch)
            {
                _waiting = null;
                try
                {
                    await write();
                    batch.SetResult();
                }
                catch (Exception ex)
                {
                    batch.SetException(ex);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
