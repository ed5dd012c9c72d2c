using Kansrijk.Access;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Demo;

/// <summary>Demo accounts and data. Idempotent: what exists already is left alone. Never runs in production.</summary>
public sealed class DemoData(KansrijkDb db, UserManager<User> users, TimeProvider clock, IHostEnvironment environment, MonitorDemoData monitor, CoalitionDemoData coalitions, CarePathDemoData carePaths)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demodata wordt nooit geladen in productie.");
        }
        foreach (var account in DemoAccounts.All)
        {
            await EnsureAccountAsync(account, cancellationToken);
        }
        await monitor.SeedAsync(cancellationToken);
        await coalitions.SeedAsync(cancellationToken);
        await carePaths.SeedAsync(cancellationToken);
    }

    private async Task EnsureAccountAsync(DemoAccounts.Account account, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(account.Email) is not null)
        {
            return;
        }
        var user = new User
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user, DemoAccounts.Password));
        db.RoleAssignments.Add(new RoleAssignment
        {
            UserId = user.Id,
            Role = account.Role,
            ScopeType = account.ScopeType,
            ScopeId = account.ScopeId,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (account.Role == Role.Administrator)
        {
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAccounts.AdministratorAuthenticatorKey));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
