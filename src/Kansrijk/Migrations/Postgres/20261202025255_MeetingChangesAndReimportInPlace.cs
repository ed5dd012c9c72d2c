using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingChangesAndReimportInPlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IndicatorValues_ImportBatches_ImportBatchId",
                table: "IndicatorValues");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorValues_ImportBatchId",
                table: "IndicatorValues");

            migrationBuilder.AlterTable(
                name: "IndicatorValues")
                .Annotation("Npgsql:StorageParameter:fillfactor", 50);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                schema: "clients",
                table: "Notices",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                schema: "clients",
                table: "CaseMeetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledByUserId",
                schema: "clients",
                table: "CaseMeetings",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOrganiser",
                schema: "clients",
                table: "CaseMeetingParticipants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_UserId",
                schema: "clients",
                table: "Notices",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Notices_AspNetUsers_UserId",
                schema: "clients",
                table: "Notices",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notices_AspNetUsers_UserId",
                schema: "clients",
                table: "Notices");

            migrationBuilder.DropIndex(
                name: "IX_Notices_UserId",
                schema: "clients",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "UserId",
                schema: "clients",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                schema: "clients",
                table: "CaseMeetings");

            migrationBuilder.DropColumn(
                name: "CancelledByUserId",
                schema: "clients",
                table: "CaseMeetings");

            migrationBuilder.DropColumn(
                name: "IsOrganiser",
                schema: "clients",
                table: "CaseMeetingParticipants");

            migrationBuilder.AlterTable(
                name: "IndicatorValues")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 50);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_ImportBatchId",
                table: "IndicatorValues",
                column: "ImportBatchId");

            migrationBuilder.AddForeignKey(
                name: "FK_IndicatorValues_ImportBatches_ImportBatchId",
                table: "IndicatorValues",
                column: "ImportBatchId",
                principalTable: "ImportBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
