using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationsAndPathwayChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgbCode",
                table: "Organisations",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntakeEmail",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Organisations",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "KvkNumber",
                table: "Organisations",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "BudgetLines",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgbCode",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "IntakeEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "KvkNumber",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "BudgetLines");
        }
    }
}
