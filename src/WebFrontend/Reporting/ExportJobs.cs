using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// The export jobs of this web front end, in its memory only (a restart forgets them; behind several front ends a
/// client must keep asking the one that took the job). At most <see cref="ExportJobOptions.MaxJobs"/> are kept: a
/// finished job is dropped <see cref="ExportJobOptions.KeepFor"/> after it finished, or earlier — oldest first — to make
/// room for a new one; when every kept job is still running a new one is refused.
/// </summary>
public sealed class ExportJobs(TimeProvider time, IOptions<ExportJobOptions> options)
{
    private readonly Dictionary<string, ExportJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates a job, or returns null when every place is taken by a running job.</summary>
    public ExportJob? TryAdd(string province, string period, ExportFormat format)
    {
        lock (_gate)
        {
            DropExpired();
            if (_jobs.Count >= options.Value.MaxJobs)
            {
                var oldest = _jobs.Values.Where(j => j.Progress.FinishedAt is not null).MinBy(j => j.Progress.FinishedAt);
                if (oldest is null)
                {
                    return null;
                }

                _jobs.Remove(oldest.Id);
            }

            var job = new ExportJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), province, period, format, time);
            _jobs.Add(job.Id, job);
            return job;
        }
    }

    /// <summary>The job with this id, or null when there is none (never was, or dropped).</summary>
    public ExportJob? Find(string id)
    {
        lock (_gate)
        {
            DropExpired();
            return _jobs.GetValueOrDefault(id);
        }
    }

    private void DropExpired()
    {
        var now = time.GetUtcNow();
        foreach (var expired in _jobs.Values.Where(j => j.Progress.FinishedAt + options.Value.KeepFor <= now).Select(j => j.Id).ToList())
        {
            _jobs.Remove(expired);
        }
    }
}
