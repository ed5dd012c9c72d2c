using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Access.Passwords;

/// <summary>
/// Refuses a password that is on the list of the 100,000 most common passwords (Data/common-passwords.txt, from
/// SecLists; see Data/LICENSE.md), ignoring case. With the minimum length of 12 this is the policy of NIST SP 800-63B:
/// length and a blocklist, no rules about character classes.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const string ErrorCode = "PasswordTooCommon";
    public const string Message = "Dit wachtwoord wordt te vaak gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden.";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool IsCommon(string password) => List.Value.Contains(password) || List.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Kansrijk.Access.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }
        return set;
    }
}
