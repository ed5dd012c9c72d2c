using System.Security.Cryptography;

namespace Kansrijk.Signalling.Responses;

/// <summary>Short codes a woman can type on a phone or hear said aloud: no 0/O, 1/I/L, 5/S or 2/Z to mix up.</summary>
public static class InvitationCodes
{
    public const int Length = 8;
    private const string Alphabet = "ABCDEFGHJKMNPQRTUVWXY346789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>What she typed, as stored: capitals, without spaces or dashes.</summary>
    public static string Normalize(string? typed) =>
        new((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>Shown in two groups of four, easier to read out.</summary>
    public static string Display(string code) => code.Length == Length ? code[..4] + "-" + code[4..] : code;
}
