using System.Collections.Concurrent;
using System.Diagnostics;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;

namespace AntiTrafficking.Cluster.Tests.Infrastructure;

/// <summary>
/// A steady stream of propagandist registrations from several workers, round-robin over communes. Each command has
/// its own idempotency key and is retried with that same key until acknowledged (or a per-command deadline passes),
/// like a careful client. Records when each was sent, every failed attempt, and when it was acknowledged.
/// </summary>
internal sealed class CommandStream(IClusterClient client, IReadOnlyList<string> communes, int workers)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    private readonly ConcurrentBag<Sent> _acknowledged = [];
    private readonly ConcurrentBag<string> _abandoned = [];
    private readonly ConcurrentBag<(TimeSpan At, string Error)> _failures = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private int _next;
    private Task? _running;

    public int AcknowledgedCount => _acknowledged.Count;

    public IReadOnlyCollection<Sent> Acknowledged => _acknowledged;

    public IReadOnlyCollection<string> Abandoned => _abandoned;

    public IReadOnlyCollection<(TimeSpan At, string Error)> Failures => _failures;

    /// <summary>Time since the stream started, the clock of every record.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public void Start() => _running = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));

    /// <summary>Stops sending new commands and waits for those in flight to finish.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running!;
    }

    private async Task WorkAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _next);
            var commune = communes[n % communes.Count];
            var command = Units.Registration($"fo-{n:D6}", commune);
            var sentAt = Now;
            while (true)
            {
                try
                {
                    var result = await client.GetGrain<ICommuneGrain>(commune).RegisterPropagandistAsync(command);
                    if (result.Outcome == CommandOutcome.Rejected)
                    {
                        throw new Xunit.Sdk.XunitException($"{command.IdempotencyKey} was refused: {result.Error}");
                    }

                    _acknowledged.Add(new Sent(commune, command.IdempotencyKey, sentAt, Now));
                    break;
                }
                catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                {
                    _failures.Add((Now, ex.GetType().Name));
                    if (Now - sentAt > GiveUpAfter)
                    {
                        _abandoned.Add(command.IdempotencyKey);
                        break;
                    }

                    await Task.Delay(50);
                }
            }
        }
    }

    /// <summary>One acknowledged command: its commune, key, when first sent and when acknowledged.</summary>
    public sealed record Sent(string Commune, string Key, TimeSpan SentAt, TimeSpan AcknowledgedAt)
    {
        public TimeSpan Latency => AcknowledgedAt - SentAt;
    }
}
