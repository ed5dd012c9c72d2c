using System.Diagnostics;

namespace Kansrijk.Benchmarks;

/// <summary>Times one URL over loopback HTTP: 20 warm-up requests, then <c>requests</c> that count; prints median, p95 and max.</summary>
internal static class PageTimer
{
    private const int WarmUp = 20;

    public static async Task MeasureAsync(HttpClient client, string url, int requests)
    {
        var times = new List<double>();
        for (var i = 0; i < requests + WarmUp; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            if (i >= WarmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        Console.WriteLine($"{url}: median {Percentile(times, 0.50):N1} ms, p95 {Percentile(times, 0.95):N1} ms, max {times[^1]:N1} ms ({requests} requests after {WarmUp} warm-up)");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
