using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kansrijk.Access.AccessLog;

public static class AccessLogHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>SHA-256 over every field and the predecessor's hash, fields separated by a unit separator.</summary>
    public static string Compute(AccessLogEntry e)
    {
        var fields = new[]
        {
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.EventId.ToString("D"),
            FormatTime(e.OccurredAt),
            e.UserId, e.UserName, e.Role, e.OnBehalfOf,
            e.Action.ToString(), e.ObjectType, e.ObjectId, e.ClientId,
            e.Outcome.ToString(), e.SourceAddress, e.Details,
            e.PreviousHash,
        };
        var text = string.Join('\u001f', fields.Select(f => f ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Microseconds, UTC: the precision both SQLite and PostgreSQL give back unchanged.</summary>
    public static DateTime Truncate(DateTime time) =>
        new(time.Ticks - time.Ticks % 10, DateTimeKind.Utc);

    public static string FormatTime(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
