using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kansrijk.Platform.Database;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKansrijkDb>
{
    public SqliteKansrijkDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKansrijkDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKansrijkDb>
{
    public PostgresKansrijkDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKansrijkDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
