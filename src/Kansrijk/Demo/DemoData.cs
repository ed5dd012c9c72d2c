using Kansrijk.Access;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Demo;

/// <summary>Demo accounts and data. Idempotent: what exists already is left alone. Never runs in production.</summary>
public sealed class DemoData(KansrijkDb db, UserManager<User> users, IUserStore<User> store, TimeProvider clock, IHostEnvironment environment, MonitorDemoData monitor, CoalitionDemoData coalitions, CarePathDemoData carePaths, Pathways.PathwayDemoData pathways,
    CaseMeetingDemoData caseMeetings, SignallingDemoData signalling)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!DemoMode.IsAllowed(environment))
        {
            throw new DemoNotAllowedException(environment.EnvironmentName);
        }
        foreach (var account in DemoAccounts.All)
        {
            await DemoRecords.OnceAsync(db, "account:" + account.Email,
                async () => await users.FindByEmailAsync(account.Email) is not null,
                () => CreateAccountAsync(account, cancellationToken), cancellationToken);
        }
        await KeepAdministratorKeyReadableAsync();
        await monitor.SeedAsync(cancellationToken);
        await coalitions.SeedAsync(cancellationToken);
        await carePaths.SeedAsync(cancellationToken);
        await pathways.SeedAsync(cancellationToken);
        await caseMeetings.SeedAsync(cancellationToken);
        await signalling.SeedAsync(cancellationToken);
    }

    private async Task CreateAccountAsync(DemoAccounts.Account account, CancellationToken cancellationToken)
    {
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
            await SetAdministratorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
    }

    /// <summary>The key is stored encrypted; when the data-protection keys were lost, the README's key is set again.</summary>
    private async Task KeepAdministratorKeyReadableAsync()
    {
        var administrator = await users.FindByEmailAsync(DemoAccounts.Administrator.Email);
        if (administrator is not null && administrator.TwoFactorEnabled && await users.GetAuthenticatorKeyAsync(administrator) is null)
        {
            await SetAdministratorKeyAsync(administrator);
        }
    }

    private async Task SetAdministratorKeyAsync(User user)
    {
        await ((IUserAuthenticatorKeyStore<User>)store).SetAuthenticatorKeyAsync(user, DemoAccounts.AdministratorAuthenticatorKey, CancellationToken.None);
        Check(await users.UpdateAsync(user));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
