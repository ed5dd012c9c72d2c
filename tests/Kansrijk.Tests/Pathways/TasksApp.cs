using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kansrijk.Tests.Pathways;

/// <summary>
/// The real app with a clock the test moves (FakeTimeProvider, from now on) and mail through a real local SMTP server
/// (smtp4dev). The jobs' schedule is set to moments no test waits for: tests run the jobs' work themselves.
/// </summary>
public class TasksApp(DatabaseProvider provider) : IAsyncLifetime
{
    public const string ReminderSchedule = "0 15 6 * * ?";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public Smtp4dev Smtp { get; private set; } = null!;
    public KansrijkFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await Smtp4dev.StartAsync();
        App = new ClockedApp(provider, Clock);
        App.Settings["Mail:Smtp:Host"] = "127.0.0.1";
        App.Settings["Mail:Smtp:Port"] = Smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App.Settings["Mail:Smtp:Security"] = "None";
        App.Settings["Mail:Smtp:From"] = "kansrijk@example.org";
        App.Settings["Mail:PublicUrl"] = "https://kansrijk.example.org";
        App.Settings["Pathways:Schedule:Reminders"] = ReminderSchedule;
        App.Settings["Pathways:Schedule:Mail"] = "0 0 3 1 1 ?";
        App.Settings["Pathways:Schedule:Retention"] = "0 0 4 1 1 ?";
        _ = App.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    private sealed class ClockedApp(DatabaseProvider provider, TimeProvider clock) : KansrijkFactory(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

public sealed class SqliteTasksApp() : TasksApp(DatabaseProvider.Sqlite);

public sealed class PostgresTasksApp() : TasksApp(DatabaseProvider.Postgres);
