using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Access;

/// <summary>Identity's messages in plain Dutch.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Er is al een account met het e-mailadres {email}.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Er is al een account met de naam {userName}.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"'{email}' is geen geldig e-mailadres.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"'{userName}' is geen geldige gebruikersnaam.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet minstens één cijfer bevatten.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet minstens één kleine letter bevatten.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet minstens één hoofdletter bevatten.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet minstens één leesteken of symbool bevatten.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Blokkeren is voor dit account niet aan.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Iemand anders heeft dit account net gewijzigd. Laad de pagina opnieuw.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "De code is ongeldig of verlopen.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
