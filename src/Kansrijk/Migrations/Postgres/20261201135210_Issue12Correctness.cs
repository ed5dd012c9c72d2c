using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
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
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Import");

            migrationBuilder.CreateTable(
                name: "DefinitionDenominators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
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
