using System.Globalization;
using Microsoft.Extensions.Options;

namespace Kansrijk.Access.AccessLog;

public sealed record Checkpoint(int Line, long Position, DateTime At, string ChainMac, bool Valid);

/// <summary>
/// The chain's head, written outside the database to an append-only file: "position, time, chain value, MAC" per line.
/// Cutting off the newest rows, or rewriting the chain, no longer matches a checkpoint.
/// </summary>
public sealed class AccessLogCheckpoints(IOptions<AccessLogOptions> options, IHostEnvironment environment, AccessLogKey key, TimeProvider clock)
{
    private static readonly Lock FileLock = new();

    public string Path => System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.CheckpointFile));

    public void Append(long position, string chainMac)
    {
        var at = AccessLogKey.Truncate(clock.GetUtcNow().UtcDateTime);
        var line = string.Join('\t', position.ToString(CultureInfo.InvariantCulture), AccessLogKey.FormatTime(at), chainMac, key.CheckpointMac(position, at, chainMac));
        lock (FileLock)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var stream = PrivateFile.Create(Path, FileMode.Append);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(line);
        }
    }

    public IReadOnlyList<Checkpoint> Read()
    {
        if (!File.Exists(Path)) return [];
        var result = new List<Checkpoint>();
        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            number++;
            var parts = line.Split('\t');
            if (parts.Length == 4
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && DateTime.TryParseExact(parts[1], "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            {
                at = DateTime.SpecifyKind(at, DateTimeKind.Utc);
                result.Add(new Checkpoint(number, position, at, parts[2], AccessLogKey.Same(key.CheckpointMac(position, at, parts[2]), parts[3])));
            }
            else
            {
                result.Add(new Checkpoint(number, 0, default, "", false));
            }
        }
        return result;
    }
}
