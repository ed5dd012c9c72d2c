using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue12Correctness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "Indicators",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Import");

            migrationBuilder.CreateTable(
                name: "DefinitionDenominators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefinitionDenominators", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DefinitionDenominators_IndicatorCode_AreaCode_Year",
                table: "DefinitionDenominators",
                columns: new[] { "IndicatorCode", "AreaCode", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DefinitionDenominators");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Indicators");
        }
    }
}
