using Microsoft.Extensions.Primitives;

namespace Kansrijk.Platform.Caching;

/// <summary>
/// The part of <c>Accept-Encoding</c> that decides the answer: the encoding the compression middleware will choose.
/// Browsers send different lists ("gzip, deflate, br, zstd", "br, gzip"); keyed by the raw header, each list would need
/// its own copy in the output cache and a warmed page would only help the one list the warmer sent.
/// </summary>
public static class AcceptedEncoding
{
    /// <summary>
    /// "br", "gzip" or "identity" for a plain list of names. Without quality values every name weighs the same and
    /// the middleware takes its first provider that is listed (Brotli before gzip, see CachingRegistration). A header
    /// with quality values or "*" is rare and returned as it is, so it never shares an entry it should not.
    /// </summary>
    public static string Key(StringValues header)
    {
        var value = header.ToString();
        if (value.Length == 0)
        {
            return "identity";
        }
        if (value.Contains(';', StringComparison.Ordinal) || value.Contains('*', StringComparison.Ordinal))
        {
            return "raw:" + value;
        }
        var names = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Contains("br", StringComparer.OrdinalIgnoreCase))
        {
            return "br";
        }
        return names.Contains("gzip", StringComparer.OrdinalIgnoreCase) ? "gzip" : "identity";
    }
}
