using Microsoft.AspNetCore.DataProtection;

namespace Kansrijk.Signalling.Pages;

/// <summary>
/// After she typed her code, the code and her language travel in a protected, HTTP-only session cookie, so the code is
/// not in the addresses of her pages (history, logs) and is not typed again on each step.
/// </summary>
public sealed class QuestionnaireCookie(IDataProtectionProvider protection)
{
    public const string Name = "kansrijk-vragenlijst";
    private readonly IDataProtector protector = protection.CreateProtector("Kansrijk.Signalling.QuestionnaireCookie");

    public (string Code, string? Language)? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            var parts = protector.Unprotect(value).Split('|');
            return (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public void Write(HttpContext context, string code, string? language) =>
        context.Response.Cookies.Append(Name, protector.Protect(code + "|" + language), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/vragenlijst",
            IsEssential = true,
        });

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, new CookieOptions { Path = "/vragenlijst" });
}
