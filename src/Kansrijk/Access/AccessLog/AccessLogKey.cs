using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kansrijk.Access.AccessLog;

/// <summary>Where the access log's key and checkpoints live. Both are kept outside the database and its folder.</summary>
public sealed class AccessLogOptions
{
    public const string Section = "AccessLog";

    /// <summary>The key as base64 (at least 32 bytes). When empty, <see cref="KeyFile"/> is read, and made when missing.</summary>
    public string? Key { get; set; }
    public string KeyFile { get; set; } = "keys/access-log.key";
    /// <summary>Append-only file with the chain head at every seal and at shutdown, each line keyed.</summary>
    public string CheckpointFile { get; set; } = "keys/access-log.checkpoints";
    public int SealIntervalSeconds { get; set; } = 10;
}

/// <summary>
/// The HMAC key of the access log. Without it nobody can make a row or a chain link that the verifier accepts,
/// so someone with only database access cannot edit, forge, remove or reorder rows unnoticed.
/// </summary>
public sealed class AccessLogKey
{
    public const int MaxDetails = 2000;
    private readonly byte[] key;

    public AccessLogKey(byte[] key)
    {
        if (key.Length < 32) throw new InvalidOperationException("De sleutel van het toegangslog moet minstens 32 bytes zijn.");
        this.key = key;
    }

    public static AccessLogKey Load(AccessLogOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return new AccessLogKey(Convert.FromBase64String(options.Key));
        }
        var path = Path.GetFullPath(Path.Combine(contentRoot, options.KeyFile));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                PrivateFile.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance made it at the same moment: use that one.
            }
        }
        return new AccessLogKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    public string EntryMac(AccessLogEntry e) => Mac(
        "entry",
        e.EventId.ToString("D"),
        FormatTime(e.OccurredAt),
        e.UserId, e.UserName, e.Role, e.OnBehalfOf,
        e.Action.ToString(), e.ObjectType, e.ObjectId, e.ClientId,
        e.Outcome.ToString(), e.SourceAddress, e.Details);

    public string ChainMac(string previousChainMac, long position, Guid eventId, string entryMac) =>
        Mac("link", previousChainMac, position.ToString(CultureInfo.InvariantCulture), eventId.ToString("D"), entryMac);

    public string CheckpointMac(long position, DateTime at, string chainMac) =>
        Mac("checkpoint", position.ToString(CultureInfo.InvariantCulture), FormatTime(at), chainMac);

    public static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private string Mac(params string?[] fields)
    {
        // Fields separated by a unit separator, which none of them contains.
        var text = string.Join('\u001f', fields.Select(f => f ?? ""));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }

    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Microseconds, UTC: the precision both SQLite and PostgreSQL give back unchanged.</summary>
    public static DateTime Truncate(DateTime time) =>
        new(time.Ticks - time.Ticks % 10, DateTimeKind.Utc);

    public static string FormatTime(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Files that hold secrets: created readable and writable by the service user only.</summary>
public static class PrivateFile
{
    public static void WriteAllText(string path, string text)
    {
        using var stream = Create(path, FileMode.CreateNew);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }

    public static FileStream Create(string path, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return new FileStream(path, options);
    }
}
