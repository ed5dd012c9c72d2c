using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TasksNoticesRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Pathways",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "Pathways",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    MailedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pathways_ClosedAt_AnonymisedAt",
                table: "Pathways",
                columns: new[] { "ClosedAt", "AnonymisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_MailedAt_CreatedAt",
                table: "Notices",
                columns: new[] { "MailedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_OrganisationId_Key",
                table: "Notices",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_OrganisationId_ReadAt",
                table: "Notices",
                columns: new[] { "OrganisationId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropIndex(
                name: "IX_Pathways_ClosedAt_AnonymisedAt",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Pathways");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "Pathways");
        }
    }
}
