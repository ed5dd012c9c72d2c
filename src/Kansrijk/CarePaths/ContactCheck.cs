using System.Net.Mail;

namespace Kansrijk.CarePaths;

/// <summary>Checks phone numbers, e-mail addresses and websites the way a professional would use them.</summary>
public static class ContactCheck
{
    /// <summary>A Dutch number (10 digits from 0, or 0800/0900 with 8 to 11 digits), a short number such as 112, or +country and 8 to 15 digits.</summary>
    public static bool IsPhone(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+')) || t.LastIndexOf('+') > 0)
        {
            return false;
        }
        var digits = new string([.. t.Where(char.IsAsciiDigit)]);
        if (t.StartsWith('+'))
        {
            return digits.StartsWith("31", StringComparison.Ordinal) ? digits.Length == 11 : digits.Length is >= 8 and <= 15;
        }
        if (digits.StartsWith("0800", StringComparison.Ordinal) || digits.StartsWith("0900", StringComparison.Ordinal))
        {
            return digits.Length is >= 8 and <= 11;
        }
        return digits.StartsWith('0') ? digits.Length == 10 : digits.Length is 3 or 4 && digits.StartsWith('1');
    }

    public static bool IsEmail(string text)
    {
        var t = text.Trim();
        return MailAddress.TryCreate(t, out var address) && address.Address == t && !t.Contains(' ')
            && address.Host.Contains('.') && !address.Host.EndsWith('.');
    }

    public static bool IsWebsite(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.');

    public const string PhoneError = "Dit is geen telefoonnummer. Gebruik bijvoorbeeld 023 123 4567, 0800-2000 of +31 23 123 4567.";
    public const string EmailError = "Dit is geen e-mailadres. Gebruik bijvoorbeeld info@organisatie.nl.";
    public const string WebsiteError = "Dit is geen websiteadres. Begin met https://, bijvoorbeeld https://www.organisatie.nl.";
}
