using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Questionnaire : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ActionGoal_ActionLines_ActionLineId",
                table: "ActionGoal");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkingGroup_Coalitions_CoalitionId",
                table: "WorkingGroup");

            migrationBuilder.DropPrimaryKey(
                name: "PK_WorkingGroup",
                table: "WorkingGroup");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ActionGoal",
                table: "ActionGoal");

            migrationBuilder.RenameTable(
                name: "WorkingGroup",
                newName: "WorkingGroups");

            migrationBuilder.RenameTable(
                name: "ActionGoal",
                newName: "ActionGoals");

            migrationBuilder.RenameIndex(
                name: "IX_WorkingGroup_CoalitionId",
                table: "WorkingGroups",
                newName: "IX_WorkingGroups_CoalitionId");

            migrationBuilder.RenameIndex(
                name: "IX_ActionGoal_ActionLineId",
                table: "ActionGoals",
                newName: "IX_ActionGoals_ActionLineId");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Activities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Activities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_WorkingGroups",
                table: "WorkingGroups",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ActionGoals",
                table: "ActionGoals",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "CentralMunicipalities",
                columns: table => new
                {
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    MarkedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MarkedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CentralMunicipalities", x => x.MunicipalityCode);
                    table.ForeignKey(
                        name: "FK_CentralMunicipalities_Areas_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReportTexts",
                columns: table => new
                {
                    CoalitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    NextYear = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReportTexts", x => new { x.CoalitionId, x.Year });
                    table.ForeignKey(
                        name: "FK_ProgressReportTexts_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearlyQuestionnaires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Coalition = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    JointPlan = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrenatalHomeVisit = table.Column<bool>(type: "INTEGER", nullable: false),
                    VoorZorg = table.Column<bool>(type: "INTEGER", nullable: false),
                    NuNietZwanger = table.Column<bool>(type: "INTEGER", nullable: false),
                    StevigOuderschap = table.Column<bool>(type: "INTEGER", nullable: false),
                    CenteringZwangerschap = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsultedPartners = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearlyQuestionnaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearlyQuestionnaires_Areas_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_YearlyQuestionnaires_MunicipalityCode_Year",
                table: "YearlyQuestionnaires",
                columns: new[] { "MunicipalityCode", "Year" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ActionGoals_ActionLines_ActionLineId",
                table: "ActionGoals",
                column: "ActionLineId",
                principalTable: "ActionLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkingGroups_Coalitions_CoalitionId",
                table: "WorkingGroups",
                column: "CoalitionId",
                principalTable: "Coalitions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        
            // L01–L05 now come from the confirmed yearly questionnaires: not suppressed, source is the register.
            migrationBuilder.Sql("""
                UPDATE "Indicators" SET "SuppressionThreshold" = 0, "Source" = 'Kansrijk-register (jaarlijkse vragenlijst gemeenten)'
                WHERE "Code" IN ('L01', 'L02', 'L03', 'L04', 'L05');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ActionGoals_ActionLines_ActionLineId",
                table: "ActionGoals");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkingGroups_Coalitions_CoalitionId",
                table: "WorkingGroups");

            migrationBuilder.DropTable(
                name: "CentralMunicipalities");

            migrationBuilder.DropTable(
                name: "ProgressReportTexts");

            migrationBuilder.DropTable(
                name: "YearlyQuestionnaires");

            migrationBuilder.DropPrimaryKey(
                name: "PK_WorkingGroups",
                table: "WorkingGroups");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ActionGoals",
                table: "ActionGoals");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "Activities");

            migrationBuilder.RenameTable(
                name: "WorkingGroups",
                newName: "WorkingGroup");

            migrationBuilder.RenameTable(
                name: "ActionGoals",
                newName: "ActionGoal");

            migrationBuilder.RenameIndex(
                name: "IX_WorkingGroups_CoalitionId",
                table: "WorkingGroup",
                newName: "IX_WorkingGroup_CoalitionId");

            migrationBuilder.RenameIndex(
                name: "IX_ActionGoals_ActionLineId",
                table: "ActionGoal",
                newName: "IX_ActionGoal_ActionLineId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_WorkingGroup",
                table: "WorkingGroup",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ActionGoal",
                table: "ActionGoal",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ActionGoal_ActionLines_ActionLineId",
                table: "ActionGoal",
                column: "ActionLineId",
                principalTable: "ActionLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkingGroup_Coalitions_CoalitionId",
                table: "WorkingGroup",
                column: "CoalitionId",
                principalTable: "Coalitions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
