namespace Kansrijk.Monitor;

/// <summary>
/// The version of the monitor's figures in this process. Every import or catalogue edit bumps it, and cached
/// computations are keyed by it, so a page never shows a stale figure and never recomputes needlessly.
/// Another instance that imports is seen through <see cref="MonitorQueries"/>, which also keys on the newest batch.
/// </summary>
public sealed class MonitorDataVersion
{
    private long version;

    public long Current => Interlocked.Read(ref version);

    public void Bump() => Interlocked.Increment(ref version);
}
