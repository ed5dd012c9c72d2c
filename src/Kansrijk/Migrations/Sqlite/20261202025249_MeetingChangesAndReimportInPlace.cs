using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
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

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "Notices",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "CaseMeetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledByUserId",
                table: "CaseMeetings",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOrganiser",
                table: "CaseMeetingParticipants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_UserId",
                table: "Notices",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Notices_AspNetUsers_UserId",
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
                table: "Notices");

            migrationBuilder.DropIndex(
                name: "IX_Notices_UserId",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "CaseMeetings");

            migrationBuilder.DropColumn(
                name: "CancelledByUserId",
                table: "CaseMeetings");

            migrationBuilder.DropColumn(
                name: "IsOrganiser",
                table: "CaseMeetingParticipants");

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
