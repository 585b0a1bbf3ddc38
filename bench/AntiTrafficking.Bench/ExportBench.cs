using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AntiTrafficking.Bench;

/// <summary>
/// Exports of a closed period (its snapshot holds all 201 scorecards of Quảng Ninh): the direct XLSX and CSV
/// downloads, and the export job from its POST to its file downloaded, one request at a time.
/// </summary>
internal sealed class ExportBench(HttpClient http, string province, string period)
{
    private string PeriodPath => $"/api/v1/provinces/{province}/reporting/periods/{period}";

    /// <summary>Waits for the period to be closed by the silo's reminder.</summary>
    public async Task WaitForCloseAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync(PeriodPath));
            if (status.RootElement.GetProperty("closedOn").ValueKind != JsonValueKind.Null)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The period {period} did not close within {within}.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Times <paramref name="samples"/> downloads of a direct export (after two not timed); returns the times in ms and the file's size.</summary>
    public async Task<(List<double> Milliseconds, int Bytes)> DirectAsync(string file, int samples)
    {
        var bytes = 0;
        var times = new List<double>();
        for (var i = -2; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await http.GetByteArrayAsync($"{PeriodPath}/{file}");
            if (i >= 0)
            {
                times.Add(Latencies.Since(start));
            }

            bytes = body.Length;
        }

        return (times, bytes);
    }

    /// <summary>Times <paramref name="samples"/> export jobs from the POST until their file is downloaded (status asked every 20 ms).</summary>
    public async Task<List<double>> JobAsync(string format, int samples)
    {
        var times = new List<double>();
        for (var i = -1; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var started = await http.PostAsJsonAsync($"{PeriodPath}/exports", new { format });
            if (started.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"The export job was not started: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
            }

            var statusUrl = started.Headers.Location!.OriginalString;
            string? fileUrl = null;
            while (fileUrl is null)
            {
                using var status = JsonDocument.Parse(await http.GetStringAsync(statusUrl));
                var stage = status.RootElement.GetProperty("stage").GetString();
                if (stage == "failed")
                {
                    throw new InvalidOperationException($"The export job failed: {status.RootElement}");
                }

                fileUrl = stage == "done" ? status.RootElement.GetProperty("fileUrl").GetString() : null;
                if (fileUrl is null)
                {
                    await Task.Delay(20);
                }
            }

            await http.GetByteArrayAsync(fileUrl);
            if (i >= 0)
            {
                times.Add(Latencies.Since(start));
            }
        }

        return times;
    }
}
