import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic generator of the SYNTHETIC Baicheng 2022 example data set.
 *
 * <p>Run from the repository root: {@code java seeds/GenerateExample.java} (optionally pass the output
 * directory; default {@code seeds/baicheng-2022}). It writes {@code units.csv}, {@code values.csv},
 * {@code adjustments.csv} and {@code corrections.csv} (UTF-8 without BOM, '\n' line endings). The output is
 * byte-identical on every run: {@link Random} streams seeded with {@link #SEED} (quarterly values), SEED + 1
 * (year-end values), SEED + 2 (self-assessments) and SEED + 3 (each unit's persistent noise), values kept as
 * integer tenths (no floating-point formatting), StrictMath for exp and sqrt.
 *
 * <p>The source is pure ASCII: Chinese text is written as unicode escapes because Java 17's source-file
 * launcher decodes the file with the platform default encoding, and the output must not depend on it. The
 * decoded names are in units.csv and docs/DOMAIN.md section 3; the notes are in adjustments.csv.
 *
 * <p>Only the unit names follow docs/DOMAIN.md section 3 and the source report
 * (seeds/source/000_3a64fb96a3a3a6c0.txt). Every number is invented. See seeds/README.md for the formats
 * and the list of deliberate cases, which are set in {@link #applyDeliberateCases}.
 */
public final class GenerateExample {

    static final long SEED = 20221231L;

    static final String[] PERIODS = {"2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"};
    static final String YEAR = "2022";
    static final String[] YEAR_END_COMPONENTS = {"year-end.onsite", "year-end.review"};

    static final String[] INDICATORS = {
        "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3",
        "5.1", "5.2", "5.3", "6.1", "6.2", "7.1", "7.2", "8.1", "8.2", "8.3", "9.1"
    };

    /** Yearly by nature (the policy's frequency: yearly): written in 2022-Q4 only. */
    static final List<String> YEARLY = List.of("2.1", "7.1", "8.1");

    static final String[] ADJUSTMENT_ITEMS = {
        "bonus.regulation", "bonus.demonstration", "deduction.notice", "deduction.fabrication", "veto.illegal-act"
    };

    // ---------------------------------------------------------------- units (docs/DOMAIN.md section 3, in order)

    static final String[] PARTY = {
        "\u5e02\u7eaa\u59d4\u76d1\u59d4\u673a\u5173", // P01 Discipline Inspection and Supervision Commission
        "\u5e02\u59d4\u529e\u516c\u5ba4", // P02 Party Committee General Office
        "\u5e02\u59d4\u7ec4\u7ec7\u90e8", // P03 Organisation Department
        "\u5e02\u59d4\u5ba3\u4f20\u90e8", // P04 Publicity Department
        "\u5e02\u59d4\u7edf\u6218\u90e8", // P05 United Front Work Department
        "\u5e02\u59d4\u653f\u6cd5\u59d4", // P06 Political and Legal Affairs Commission
        "\u5e02\u59d4\u653f\u7b56\u7814\u7a76\u5ba4", // P07 Policy Research Office
        "\u5e02\u59d4\u7f51\u4fe1\u529e", // P08 Cyberspace Affairs Office
        "\u5e02\u59d4\u7f16\u529e", // P09 Institutional Establishment Office
        "\u5e02\u76f4\u673a\u5173\u5de5\u59d4", // P10 Work Committee for Municipal Organs
        "\u5e02\u59d4\u8001\u5e72\u90e8\u5c40", // P11 Veteran Cadres Bureau
        "\u5e02\u59d4\u5de1\u5bdf\u529e", // P12 Inspection (Xuncha) Office
        "\u5e02\u59d4\u515a\u6821", // P13 Party School
        "\u5e02\u59d4\u515a\u53f2\u7814\u7a76\u5ba4", // P14 Party History Research Office
        "\u5e02\u6863\u6848\u9986", // P15 Archives
        "\u5e02\u4eba\u5927\u5e38\u59d4\u4f1a\u529e\u516c\u5ba4", // P16 People's Congress Standing Committee Office
        "\u5e02\u653f\u534f\u529e\u516c\u5ba4", // P17 CPPCC Office
        "\u5e02\u59d4\u673a\u8981\u4fdd\u5bc6\u5c40", // P18 Confidential Communications and Secrecy Bureau
    };

    /** A trailing '*' marks administrative-enforcement powers (attribute {@code enforcement}). */
    static final String[] GOVERNMENT = {
        "\u5e02\u653f\u5e9c\u529e\u516c\u5ba4", // G01 Government General Office
        "\u5e02\u53d1\u5c55\u548c\u6539\u9769\u59d4\u5458\u4f1a*", // G02 Development and Reform Commission *
        "\u5e02\u6559\u80b2\u5c40*", // G03 Education Bureau *
        "\u5e02\u79d1\u5b66\u6280\u672f\u5c40*", // G04 Science and Technology Bureau *
        "\u5e02\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u5c40*", // G05 Industry and Information Technology Bureau *
        "\u5e02\u6c11\u65cf\u5b97\u6559\u4e8b\u52a1\u59d4\u5458\u4f1a*", // G06 Ethnic and Religious Affairs Commission *
        "\u5e02\u516c\u5b89\u5c40*", // G07 Public Security Bureau *
        "\u5e02\u6c11\u653f\u5c40*", // G08 Civil Affairs Bureau *
        "\u5e02\u53f8\u6cd5\u5c40*", // G09 Justice Bureau *
        "\u5e02\u8d22\u653f\u5c40*", // G10 Finance Bureau *
        "\u5e02\u4eba\u529b\u8d44\u6e90\u548c\u793e\u4f1a\u4fdd\u969c\u5c40*", // G11 Human Resources and Social Security Bureau *
        "\u5e02\u81ea\u7136\u8d44\u6e90\u5c40*", // G12 Natural Resources Bureau *
        "\u5e02\u751f\u6001\u73af\u5883\u5c40*", // G13 Ecology and Environment Bureau *
        "\u5e02\u4f4f\u623f\u548c\u57ce\u4e61\u5efa\u8bbe\u5c40*", // G14 Housing and Urban-Rural Development Bureau *
        "\u5e02\u4ea4\u901a\u8fd0\u8f93\u5c40*", // G15 Transport Bureau *
        "\u5e02\u6c34\u5229\u5c40*", // G16 Water Resources Bureau *
        "\u5e02\u519c\u4e1a\u519c\u6751\u5c40*", // G17 Agriculture and Rural Affairs Bureau *
        "\u5e02\u5546\u52a1\u5c40*", // G18 Commerce Bureau *
        "\u5e02\u6587\u5316\u5e7f\u64ad\u7535\u89c6\u548c\u65c5\u6e38\u5c40*", // G19 Culture, Radio, TV and Tourism Bureau *
        "\u5e02\u536b\u751f\u5065\u5eb7\u59d4\u5458\u4f1a*", // G20 Health Commission *
        "\u5e02\u9000\u5f79\u519b\u4eba\u4e8b\u52a1\u5c40*", // G21 Veterans Affairs Bureau *
        "\u5e02\u5e94\u6025\u7ba1\u7406\u5c40*", // G22 Emergency Management Bureau *
        "\u5e02\u5ba1\u8ba1\u5c40*", // G23 Audit Bureau *
        "\u5e02\u653f\u5e9c\u56fd\u6709\u8d44\u4ea7\u76d1\u7763\u7ba1\u7406\u59d4\u5458\u4f1a*", // G24 State-owned Assets Supervision and Administration Commission *
        "\u5e02\u5e02\u573a\u76d1\u7763\u7ba1\u7406\u5c40*", // G25 Market Regulation Bureau *
        "\u5e02\u4f53\u80b2\u5c40*", // G26 Sports Bureau *
        "\u5e02\u7edf\u8ba1\u5c40*", // G27 Statistics Bureau *
        "\u5e02\u533b\u7597\u4fdd\u969c\u5c40*", // G28 Healthcare Security Bureau *
        "\u5e02\u6797\u4e1a\u548c\u8349\u539f\u5c40*", // G29 Forestry and Grassland Bureau *
        "\u5e02\u57ce\u5e02\u7ba1\u7406\u884c\u653f\u6267\u6cd5\u5c40*", // G30 Urban Management Law Enforcement Bureau *
        "\u5e02\u653f\u52a1\u670d\u52a1\u548c\u6570\u5b57\u5316\u5efa\u8bbe\u7ba1\u7406\u5c40*", // G31 Government Services and Digitalisation Bureau *
        "\u5e02\u4fe1\u8bbf\u5c40", // G32 Letters and Visits (Petitions) Bureau
        "\u5e02\u7cae\u98df\u548c\u7269\u8d44\u50a8\u5907\u5c40*", // G33 Grain and Material Reserves Bureau *
        "\u5e02\u755c\u7267\u4e1a\u7ba1\u7406\u5c40*", // G34 Animal Husbandry Bureau *
        "\u5e02\u4eba\u6c11\u9632\u7a7a\u529e\u516c\u5ba4*", // G35 Civil Air Defence Office *
        "\u5e02\u673a\u5173\u4e8b\u52a1\u7ba1\u7406\u5c40", // G36 Government Offices Administration
        "\u5e02\u4f4f\u623f\u516c\u79ef\u91d1\u7ba1\u7406\u4e2d\u5fc3*", // G37 Housing Provident Fund Centre *
        "\u5e02\u80fd\u6e90\u5c40*", // G38 Energy Bureau *
        "\u5e02\u8425\u5546\u73af\u5883\u5efa\u8bbe\u5c40", // G39 Business Environment Development Bureau
    };

    static final String[] MASS = {
        "\u5e02\u603b\u5de5\u4f1a", // M01 Federation of Trade Unions
        "\u56e2\u5e02\u59d4", // M02 Communist Youth League committee
        "\u5e02\u5987\u8054", // M03 Women's Federation
        "\u5e02\u79d1\u534f", // M04 Association for Science and Technology
        "\u5e02\u6587\u8054", // M05 Federation of Literary and Art Circles
        "\u5e02\u4fa8\u8054", // M06 Federation of Returned Overseas Chinese
        "\u5e02\u6b8b\u8054", // M07 Disabled Persons' Federation
        "\u5e02\u5de5\u5546\u8054", // M08 Federation of Industry and Commerce
        "\u5e02\u7ea2\u5341\u5b57\u4f1a", // M09 Red Cross Society
        "\u5e02\u793e\u79d1\u8054", // M10 Federation of Social Science Associations
    };

    record Unit(String id, String name, String category, boolean enforcement) {
        String attributes() {
            return enforcement ? "enforcement" : "";
        }

        boolean applies(String indicator) {
            return switch (indicator.charAt(0)) {
                case '3' -> !category.equals("mass");
                case '4' -> enforcement;
                case '5' -> category.equals("government");
                default -> true;
            };
        }
    }

    record Adjustment(String unit, String period, String item, int count, String note) {}

    // ---------------------------------------------------------------- deliberate cases (keep in sync with README)

    /** Exact tie in 2022-Q4: TIE_B gets TIE_A's 2022-Q4 values, byte for byte; neither has Q4 adjustments. */
    static final String TIE_A = "P09";
    static final String TIE_B = "P05";
    /** Veto in 2022-Q4 for an otherwise strong government unit. */
    static final String VETO_UNIT = "G16";
    /** Bonus cut by both caps in 2022-Q4. */
    static final String BONUS_CAP_UNIT = "G09";
    /** Deductions cut by the total cap in 2022-Q4. */
    static final String DEDUCTION_CAP_UNIT = "G33";
    /** High administrative-litigation loss rate (35 %) in 2022-Q2, notified city-wide in Q4. */
    static final String HIGH_LOSS_UNIT = "G12";
    /** The only missing value: no 9.1 row in 2022-Q2 (survey not conducted). */
    static final String MISSING_UNIT = "M06";
    static final String MISSING_PERIOD = "2022-Q2";
    static final String MISSING_INDICATOR = "9.1";

    /** Units that self-assess (zi ping) their 2022-Q4 values; the last one overstates them. */
    static final String SELF_PERIOD = "2022-Q4";
    static final String[] SELF_UNITS = {"P03", "G07", "G20", "M02", "G32"};
    static final String OVERSTATING_UNIT = "G32";
    /** The public survey (9.1) is run by a third party: units do not self-assess it. */
    static final String NOT_SELF_ASSESSED = "9.1";

    /** Appeal correction of a raw value: G12's 2022-Q2 loss rate, 35 (350 tenths) -> 15 after cases reversed. */
    static final String APPEAL_PERIOD = "2022-Q2";
    static final String APPEAL_INDICATOR = "5.1";
    static final long APPEAL_BEFORE = 350L;
    static final long APPEAL_AFTER = 150L;
    /** Grade override in 2022-Q4: a unit graded 1st band (you xiu) lowered to the 2nd (liang hao). */
    static final String OVERRIDE_UNIT = "G34";
    static final String OVERRIDE_PERIOD = "2022-Q4";

    /** Latent-quality overrides so that the deliberate cases say something (strong unit vetoed, etc.). */
    static final Map<String, Double> LATENT_OVERRIDES = Map.of(
        VETO_UNIT, 1.2,
        BONUS_CAP_UNIT, 1.0,
        DEDUCTION_CAP_UNIT, -1.3,
        HIGH_LOSS_UNIT, -0.6,
        OVERRIDE_UNIT, 1.1);

    static List<Adjustment> adjustments() {
        List<Adjustment> a = new ArrayList<>();
        // Ordinary rows, spread over the quarters.
        // drafted the Volunteer Service Regulation
        a.add(new Adjustment("P04", "2022-Q1", "bonus.regulation", 1,
            "\u8d77\u8349\u5730\u65b9\u6027\u6cd5\u89c4\u300a\u767d\u57ce\u5e02\u5fd7\u613f\u670d\u52a1\u6761\u4f8b\u300b"));
        // notified: law-popularisation ledger not submitted on time
        a.add(new Adjustment("M09", "2022-Q1", "deduction.notice", 1,
            "\u672a\u6309\u65f6\u62a5\u9001\u666e\u6cd5\u5de5\u4f5c\u53f0\u8d26\u88ab\u901a\u62a5"));
        // notified: inspection findings not properly rectified
        a.add(new Adjustment("G20", "2022-Q1", "deduction.notice", 1,
            "\u6cd5\u6cbb\u7763\u5bdf\u53cd\u9988\u95ee\u9898\u6574\u6539\u4e0d\u5230\u4f4d\u88ab\u901a\u62a5"));
        // drafted the Building Facade Regulation
        a.add(new Adjustment("G14", "2022-Q2", "bonus.regulation", 1,
            "\u8d77\u8349\u5730\u65b9\u6027\u6cd5\u89c4\u300a\u767d\u57ce\u5e02\u57ce\u5e02\u5efa\u7b51\u5916\u7acb\u9762\u7ba1\u7406\u6761\u4f8b\u300b"));
        // drafted the City Appearance and Sanitation Regulation
        a.add(new Adjustment("G30", "2022-Q2", "bonus.regulation", 1,
            "\u8d77\u8349\u5730\u65b9\u6027\u6cd5\u89c4\u300a\u767d\u57ce\u5e02\u5e02\u5bb9\u548c\u73af\u5883\u536b\u751f\u7ba1\u7406\u6761\u4f8b\u300b"));
        // notified: dedicated study session not held on time
        a.add(new Adjustment("P10", "2022-Q2", "deduction.notice", 1,
            "\u4e13\u9898\u5b66\u4e60\u672a\u6309\u671f\u5f00\u5c55\u88ab\u901a\u62a5"));
        // rectification ledger figures found untrue
        a.add(new Adjustment("G35", "2022-Q2", "deduction.fabrication", 1,
            "\u62a5\u9001\u6574\u6539\u53f0\u8d26\u6570\u636e\u4e0d\u5b9e"));
        // police enforcement-supervision project listed as provincial demonstration project
        a.add(new Adjustment("G07", "2022-Q3", "bonus.demonstration", 1,
            "\u767d\u57ce\u516c\u5b89\u6267\u6cd5\u76d1\u7763\u9879\u76ee\u5217\u4e3a\u7701\u5355\u9879\u793a\u8303\u521b\u5efa\u9879\u76ee"));
        // notified twice: rectification measures overdue
        a.add(new Adjustment("G21", "2022-Q3", "deduction.notice", 2,
            "\u6574\u6539\u63aa\u65bd\u903e\u671f\u672a\u5b8c\u6210\u88ab\u4e24\u6b21\u901a\u62a5"));
        // notified: high litigation loss rate in the first half-year
        a.add(new Adjustment("G12", "2022-Q4", "deduction.notice", 1,
            "\u4e0a\u534a\u5e74\u884c\u653f\u8bc9\u8bbc\u8d25\u8bc9\u7387\u8f83\u9ad8\u88ab\u5e02\u59d4\u4f9d\u6cd5\u6cbb\u5e02\u529e\u901a\u62a5"));
        // its demonstration-creation task indicators passed verification
        a.add(new Adjustment("G25", "2022-Q4", "bonus.demonstration", 1,
            "\u627f\u62c5\u7684\u793a\u8303\u521b\u5efa\u4efb\u52a1\u6307\u6807\u901a\u8fc7\u521d\u8bc4\u6838\u9a8c"));
        // Bonus cut by its caps: regulation 3 -> item cap 2; 2 + demonstration 2 = 4 -> total cap 3.
        // took part in drafting 3 local regulations
        a.add(new Adjustment(BONUS_CAP_UNIT, "2022-Q4", "bonus.regulation", 3,
            "\u53c2\u4e0e\u8d77\u8349\u5730\u65b9\u6027\u6cd5\u89c43\u90e8"));
        // led the demonstration-city creation
        a.add(new Adjustment(BONUS_CAP_UNIT, "2022-Q4", "bonus.demonstration", 1,
            "\u7275\u5934\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u793a\u8303\u5e02\u521b\u5efa"));
        // Deductions cut by the total cap: 6 x 1 + 1 x 5 = 11 -> 10.
        // notified and criticised 6 times in the year
        a.add(new Adjustment(DEDUCTION_CAP_UNIT, "2022-Q4", "deduction.notice", 6,
            "\u5168\u5e746\u6b21\u88ab\u5e02\u59d4\u4f9d\u6cd5\u6cbb\u5e02\u529e\u901a\u62a5\u6279\u8bc4"));
        // data fabrication in submitted appraisal material
        a.add(new Adjustment(DEDUCTION_CAP_UNIT, "2022-Q4", "deduction.fabrication", 1,
            "\u8003\u8bc4\u62a5\u9001\u6750\u6599\u6570\u636e\u9020\u5047"));
        // Annual bonus (the report: drafting local regulations counts as a bonus item in the annual appraisal).
        // drafted the Volunteer Service Regulation, counted again in the annual appraisal
        a.add(new Adjustment("P04", YEAR, "bonus.regulation", 1,
            "\u8d77\u8349\u5730\u65b9\u6027\u6cd5\u89c4\uff08\u5e74\u5ea6\u8003\u8bc4\u52a0\u5206\uff09"));
        // Veto.
        // held accountable for a major illegal administrative act
        a.add(new Adjustment(VETO_UNIT, "2022-Q4", "veto.illegal-act", 1,
            "\u91cd\u5927\u8fdd\u6cd5\u884c\u653f\u884c\u4e3a\u88ab\u4f9d\u6cd5\u8ffd\u8d23"));
        return a;
    }

    /** Overrides applied after the random draw; the random stream is not affected by them. */
    static void applyDeliberateCases(Map<String, Map<String, Map<String, Long>>> values) {
        // 35 % loss rate in Q2 (the report: high loss rate in the first half-year, city-wide notice in November).
        values.get("2022-Q2").get(HIGH_LOSS_UNIT).put("5.1", 350L);
        // Exact tie: identical 2022-Q4 rows.
        Map<String, Map<String, Long>> q4 = values.get("2022-Q4");
        q4.put(TIE_B, new LinkedHashMap<>(q4.get(TIE_A)));
        // The single missing value.
        values.get(MISSING_PERIOD).get(MISSING_UNIT).remove(MISSING_INDICATOR);
    }

    /**
     * Self-assessed values (tenths) of {@link #SELF_UNITS} in {@link #SELF_PERIOD}, from their own random stream
     * (seed + 2) so that nothing else changes. Most units claim a little more than was verified on a few
     * indicators; {@link #OVERSTATING_UNIT} claims the best plausible value almost everywhere.
     */
    static Map<String, Map<String, Long>> selfAssessments(Map<String, Map<String, Map<String, Long>>> values) {
        Random r = new Random(SEED + 2);
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (String unit : SELF_UNITS) {
            Map<String, Long> verified = values.get(SELF_PERIOD).get(unit);
            Map<String, Long> self = new LinkedHashMap<>();
            boolean overstates = unit.equals(OVERSTATING_UNIT);
            for (String ind : INDICATORS) {
                Long v = verified.get(ind);
                if (v == null || ind.equals(NOT_SELF_ASSESSED)) {
                    continue;
                }
                double u = r.nextDouble();
                int step = 1 + r.nextInt(3);
                self.put(ind, overstates ? claimBest(ind, v, step) : u < 0.3 ? claimMore(ind, v, step) : v);
            }
            out.put(unit, self);
        }
        return out;
    }

    /** A little more than verified: one step better on the indicator's scale. */
    static long claimMore(String ind, long v, int step) {
        return switch (ind) {
            case "2.2", "3.1", "4.2", "4.3", "5.2", "6.1" -> Math.min(1000, v + 10L * step);
            case "8.3" -> Math.min(600, v + 10L * step);
            case "3.2", "5.3", "6.2" -> Math.max(0, v - 10);
            case "5.1" -> Math.max(0, v - 10L * step);
            case "2.1", "7.1", "8.1", "8.2" -> 10;
            case "4.1" -> Math.min(30, v + 10);
            case "1.1" -> Math.max(v, 10);
            default -> v + 10; // 1.2, 7.2: one more piece or activity
        };
    }

    /** The best plausible value: full rates, no incidents, every yes. */
    static long claimBest(String ind, long v, int step) {
        return switch (ind) {
            case "2.2", "4.2" -> Math.min(980, v + 100 + 20L * step);
            case "3.1", "4.3", "5.2", "6.1" -> 1000;
            case "8.3" -> Math.max(v, 450);
            case "3.2", "5.3", "6.2" -> 0;
            case "5.1" -> Math.min(v, 30);
            case "2.1", "7.1", "8.1", "8.2" -> 10;
            case "4.1" -> 30;
            case "1.1" -> Math.max(v, 10);
            case "1.2" -> Math.max(v, 60);
            default -> Math.max(v, 40); // 7.2
        };
    }

    /**
     * The review log (fu he): exactly one appeal correction of a raw value and one grade override. "before" of the
     * raw value is checked here against the generated value; "before" of the grade is the grade the example policy
     * computes (checked by the appraisal-io tests).
     */
    static String corrections(Map<String, Map<String, Map<String, Long>>> values) {
        long loss = values.get(APPEAL_PERIOD).get(HIGH_LOSS_UNIT).get(APPEAL_INDICATOR);
        if (loss != APPEAL_BEFORE) {
            throw new IllegalStateException("the appealed value is " + fmt(loss) + ", not " + fmt(APPEAL_BEFORE));
        }
        StringBuilder c = new StringBuilder("unit,period,target,indicator,before,after,reason,author,time\n");
        // 4 first-instance losses reversed on appeal: loss rate corrected from 35% to 15%
        c.append(HIGH_LOSS_UNIT).append(',').append(APPEAL_PERIOD).append(",raw-value,").append(APPEAL_INDICATOR)
            .append(',').append(fmt(APPEAL_BEFORE)).append(',').append(fmt(APPEAL_AFTER)).append(',')
            .append("\u4e8c\u5ba1\u6539\u52244\u4ef6\u884c\u653f\u8bc9\u8bbc\u6848\u4ef6"
                + "\u8d25\u8bc9\u7387\u753135%\u66f4\u6b63\u4e3a15%")
            // the municipal rule-of-law office
            .append(",\u5e02\u59d4\u4f9d\u6cd5\u6cbb\u5e02\u529e,2022-08-26T10:30:00+08:00\n");
        // you xiu -> liang hao: the appraisal committee lowered the grade after procedural problems were found in
        // the case-file review (as Ningde lowered one unit's grade)
        c.append(OVERRIDE_UNIT).append(',').append(OVERRIDE_PERIOD).append(",grade,,")
            .append("\u4f18\u79c0,\u826f\u597d,")
            .append("\u6267\u6cd5\u6848\u5377\u8bc4\u67e5\u53d1\u73b0\u7a0b\u5e8f\u95ee\u9898"
                + "\u7ecf\u8003\u8bc4\u59d4\u5458\u4f1a\u7814\u7a76\u7b49\u6b21\u7531\u4f18\u79c0"
                + "\u8c03\u6574\u4e3a\u826f\u597d")
            // the city performance-appraisal committee
            .append(",\u5e02\u7ee9\u6548\u8003\u8bc4\u59d4\u5458\u4f1a,2023-01-18T15:30:00+08:00\n");
        return c.toString();
    }

    // ---------------------------------------------------------------- generation

    /**
     * Autocorrelation between quarters. The quarter effect is AR(1): e(q) = QUARTER_RHO * e(q - 1) + sqrt(1 -
     * QUARTER_RHO^2) * 0.45 * z. Each indicator's noise is NOISE_RHO * the unit's own draw for that indicator
     * (fixed for the year) + sqrt(1 - NOISE_RHO^2) * a fresh draw. So a unit keeps most of its strengths and
     * weaknesses from one quarter to the next, and its rank moves a few places, not thirty.
     */
    static final double QUARTER_RHO = 0.9;
    static final double NOISE_RHO = 0.95;
    /** The same for the draws that decide incidents: a unit prone to an incident tends to have it again. */
    static final double INCIDENT_RHO = 0.99;
    /**
     * The persistent draws of a unit: slots 0..9 the Gaussian noise of 1.2, 2.2, 4.2, 4.3, 5.1, 5.2, 6.1, 7.2, 8.3,
     * 9.1; slots 10..17 the uniform draws that decide incidents (1.1, 2.1, 3.1, 3.2, 4.1, 5.1, 5.3, 6.2), so that a
     * unit prone to an incident tends to have it again.
     */
    static final int NOISE_SLOTS = 18;

    /** One unit's noise in one quarter: persistent part from the unit's fixed draws, fresh part from the stream. */
    record Noise(Random fresh, double[] persistent) {
        double gaussian(int slot) {
            return NOISE_RHO * persistent[slot] + StrictMath.sqrt(1 - NOISE_RHO * NOISE_RHO) * fresh.nextGaussian();
        }

        /** A uniform draw in (0, 1) with the same persistence (the logistic approximation of the normal CDF). */
        double uniform(int slot) {
            double g = INCIDENT_RHO * persistent[slot]
                + StrictMath.sqrt(1 - INCIDENT_RHO * INCIDENT_RHO) * fresh.nextGaussian();
            return logistic(1.702 * g);
        }
    }

    /** Values are stored as tenths: 975 means 97.5, 1000 means 100. */
    static Map<String, Map<String, Map<String, Long>>> generate(List<Unit> units, Random rnd) {
        int n = units.size();
        double[] latent = new double[n];
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            double offset = switch (u.category()) {
                case "party" -> 0.1;
                case "mass" -> -0.3;
                default -> 0.0;
            };
            latent[i] = offset + rnd.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            Double o = LATENT_OVERRIDES.get(units.get(i).id());
            if (o != null) {
                latent[i] = o;
            }
        }
        // Persistent institutional facts (list published, legal adviser, dedicated section): once in place, stay.
        boolean[] list71 = new boolean[n];
        boolean[] adviser81 = new boolean[n];
        boolean[] section82 = new boolean[n];
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            double q = latent[i];
            list71[i] = rnd.nextDouble() < logistic(2.2 + 1.2 * q);
            adviser81[i] = rnd.nextDouble() < logistic((u.category().equals("mass") ? 1.0 : 2.5) + 1.2 * q);
            double base82 = switch (u.category()) {
                case "government" -> 0.6;
                case "party" -> -0.2;
                default -> -0.8;
            };
            section82[i] = rnd.nextDouble() < logistic(base82 + 1.0 * q);
        }

        // The units' persistent noise, from their own stream (seed + 3).
        Random persistentStream = new Random(SEED + 3);
        double[][] persistent = new double[n][NOISE_SLOTS];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < NOISE_SLOTS; k++) {
                persistent[i][k] = persistentStream.nextGaussian();
            }
        }
        double[] effect = new double[n];
        Map<String, Map<String, Map<String, Long>>> out = new LinkedHashMap<>();
        for (int p = 0; p < PERIODS.length; p++) {
            String period = PERIODS[p];
            Map<String, Map<String, Long>> byUnit = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Unit u = units.get(i);
                // Quarter-level performance: latent quality plus an AR(1) quarter effect.
                double z = 0.45 * rnd.nextGaussian();
                effect[i] = p == 0 ? z : QUARTER_RHO * effect[i] + StrictMath.sqrt(1 - QUARTER_RHO * QUARTER_RHO) * z;
                double s = latent[i] + effect[i];
                if (!list71[i] && rnd.nextDouble() < 0.25) {
                    list71[i] = true;
                }
                if (!adviser81[i] && rnd.nextDouble() < 0.2) {
                    adviser81[i] = true;
                }
                if (!section82[i] && rnd.nextDouble() < 0.1) {
                    section82[i] = true;
                }
                Map<String, Long> all = drawAll(rnd, new Noise(rnd, persistent[i]), s, list71[i], adviser81[i],
                    section82[i]);
                Map<String, Long> applicable = new LinkedHashMap<>();
                for (String ind : INDICATORS) {
                    if (u.applies(ind) && (p == PERIODS.length - 1 || !YEARLY.contains(ind))) {
                        applicable.put(ind, all.get(ind));
                    }
                }
                byUnit.put(u.id(), applicable);
            }
            out.put(period, byUnit);
        }
        return out;
    }

    /** Draws every indicator (applicable or not) so the random stream does not depend on applicability. */
    static Map<String, Long> drawAll(Random r, Noise noise, double s, boolean list71, boolean adviser81,
            boolean section82) {
        Map<String, Long> v = new HashMap<>();
        // 1.1 study sessions: target 1, sometimes 0, occasionally 2.
        double u11 = noise.uniform(10);
        long sessions = u11 < logistic(-2.3 - 1.0 * s) ? 0 : (u11 > 0.94 ? 2 : 1);
        v.put("1.1", sessions * 10);
        // 1.2 publicity pieces 0..12.
        v.put("1.2", count(clamp(4.5 + 2.0 * s + 2.0 * noise.gaussian(0), 0, 12)));
        // 2.1 leader's rule-of-law report (shufa) delivered, 2.2 review score.
        v.put("2.1", noise.uniform(11) < logistic(-3.2 - 1.0 * s) ? 0L : 10L);
        v.put("2.2", tenths(clamp(86 + 5 * s + 3 * noise.gaussian(1), 70, 98)));
        // 3.1 legality-review rate as reviewed / total decisions; 3.2 unfiled documents.
        int decisions = 13 + r.nextInt(18);
        boolean gap = noise.uniform(12) < logistic(-1.6 - 1.2 * s);
        int unreviewed = gap ? (decisions >= 25 && r.nextDouble() < 0.3 ? 2 : 1) : 0;
        v.put("3.1", tenths(100.0 * (decisions - unreviewed) / decisions));
        v.put("3.2", noise.uniform(13) < logistic(-2.4 - 1.0 * s) ? 10L * (1 + r.nextInt(3)) : 0L);
        // 4.1 three enforcement systems, 4.2 case-file score, 4.3 certified staff.
        long systems = 3;
        if (noise.uniform(14) < logistic(-2.0 - 1.2 * s)) {
            systems = r.nextDouble() < 0.8 ? 2 : 1;
        }
        v.put("4.1", systems * 10);
        v.put("4.2", tenths(clamp(85 + 5 * s + 3 * noise.gaussian(2), 70, 98)));
        v.put("4.3", tenths(snap(clamp(95 + 3 * s + 2 * noise.gaussian(3), 85, 100), 99.5)));
        // 5.1 litigation loss rate (lower is better), 5.2 court appearance, 5.3 reversals.
        double loss = 0;
        if (noise.uniform(15) > logistic(0.0 + 1.0 * s)) {
            loss = clamp(5 - 3 * s + Math.abs(4 * noise.gaussian(4)), 0.5, 25);
        }
        v.put("5.1", tenths(loss));
        v.put("5.2", tenths(snap(clamp(86 + 8 * s + 8 * noise.gaussian(5), 50, 100), 97)));
        long reversals = 0;
        if (noise.uniform(16) < logistic(-2.2 - 1.0 * s)) {
            double u53 = r.nextDouble();
            reversals = u53 < 0.6 ? 1 : u53 < 0.85 ? 2 : u53 < 0.95 ? 3 : 4;
        }
        v.put("5.3", reversals * 10);
        // 6.1 rectification completion, 6.2 overdue measures.
        v.put("6.1", tenths(snap(clamp(94 + 4 * s + 3 * noise.gaussian(6), 80, 100), 99.5)));
        v.put("6.2", noise.uniform(17) < logistic(-2.0 - 1.2 * s) ? 10L * (1 + r.nextInt(5)) : 0L);
        // 7.1 law-popularisation (pufa) responsibility list, 7.2 activities (target 4).
        v.put("7.1", list71 ? 10L : 0L);
        v.put("7.2", count(clamp(4 + 1.2 * s + 1.3 * noise.gaussian(7), 1, 8)));
        // 8.1 legal adviser, 8.2 dedicated section, 8.3 training hours (target 40).
        v.put("8.1", adviser81 ? 10L : 0L);
        v.put("8.2", section82 ? 10L : 0L);
        v.put("8.3", tenths(clamp(37 + 8 * s + 6 * noise.gaussian(8), 10, 60)));
        // 9.1 public satisfaction survey.
        v.put("9.1", tenths(clamp(86 + 5 * s + 3 * noise.gaussian(9), 70, 99)));
        return v;
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /** Values at or above the threshold are reported as a full 100. */
    static double snap(double x, double threshold) {
        return x >= threshold ? 100 : x;
    }

    static long tenths(double x) {
        return Math.round(x * 10);
    }

    static long count(double x) {
        return Math.round(x) * 10;
    }

    static String fmt(long tenths) {
        long abs = Math.abs(tenths);
        String sign = tenths < 0 ? "-" : "";
        if (abs % 10 == 0) {
            return sign + Long.toString(abs / 10);
        }
        return String.format(Locale.ROOT, "%s%d.%d", sign, abs / 10, abs % 10);
    }

    // ---------------------------------------------------------------- output

    static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        addUnits(units, "P", "party", PARTY);
        addUnits(units, "G", "government", GOVERNMENT);
        addUnits(units, "M", "mass", MASS);
        return units;
    }

    static void addUnits(List<Unit> units, String prefix, String category, String[] names) {
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            boolean enforcement = name.endsWith("*");
            if (enforcement) {
                name = name.substring(0, name.length() - 1);
            }
            units.add(new Unit(String.format(Locale.ROOT, "%s%02d", prefix, i + 1), name, category, enforcement));
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args.length > 0 ? args[0] : "seeds/baicheng-2022");
        Files.createDirectories(dir);
        List<Unit> units = units();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            order.put(units.get(i).id(), i);
        }

        StringBuilder u = new StringBuilder("id,name,category,attributes\n");
        for (Unit unit : units) {
            u.append(unit.id()).append(',').append(unit.name()).append(',').append(unit.category()).append(',')
                .append(unit.attributes()).append('\n');
        }

        Map<String, Map<String, Map<String, Long>>> values = generate(units, new Random(SEED));
        applyDeliberateCases(values);
        Map<String, Map<String, Long>> self = selfAssessments(values);
        StringBuilder v = new StringBuilder("unit,period,indicator,value,self\n");
        int valueRows = 0;
        int selfValues = 0;
        for (String period : PERIODS) {
            for (Unit unit : units) {
                Map<String, Long> row = values.get(period).get(unit.id());
                Map<String, Long> claimed = period.equals(SELF_PERIOD) ? self.get(unit.id()) : null;
                for (String ind : INDICATORS) {
                    Long x = row.get(ind);
                    if (x != null) {
                        v.append(unit.id()).append(',').append(period).append(',').append(ind).append(',')
                            .append(fmt(x));
                        // The self column is left out of rows without a self-assessment (the readers allow it).
                        if (claimed != null && claimed.containsKey(ind)) {
                            v.append(',').append(fmt(claimed.get(ind)));
                            selfValues++;
                        }
                        v.append('\n');
                        valueRows++;
                    }
                }
            }
        }

        // Year-end appraisal (shi di kao ping on-site, bao ping jian cha report review) for the annual roll-up,
        // period "2022".
        // A separate random stream, so the quarterly rows above do not change.
        Random yearEnd = new Random(SEED + 1);
        for (Unit unit : units) {
            long review = 0;
            for (String period : PERIODS) {
                review += values.get(period).get(unit.id()).get("2.2");
            }
            double quality = review / 4.0 / 10.0;
            for (String component : YEAR_END_COMPONENTS) {
                long tenths = Math.round(Math.max(50, Math.min(100,
                    20 + 0.75 * quality + yearEnd.nextGaussian() * 3)) * 10);
                v.append(unit.id()).append(',').append(YEAR).append(',').append(component).append(',')
                    .append(fmt(tenths)).append('\n');
                valueRows++;
            }
        }

        List<Adjustment> adj = adjustments();
        List<String> items = Arrays.asList(ADJUSTMENT_ITEMS);
        adj.sort(Comparator.comparing(Adjustment::period)
            .thenComparing(a -> order.get(a.unit()))
            .thenComparing(a -> items.indexOf(a.item())));
        StringBuilder a = new StringBuilder("unit,period,item,count,note\n");
        for (Adjustment x : adj) {
            if (!order.containsKey(x.unit()) || !items.contains(x.item()) || x.count() <= 0
                || x.note().contains(",") || x.note().contains("\uff0c")) {
                throw new IllegalStateException("bad adjustment " + x);
            }
            a.append(x.unit()).append(',').append(x.period()).append(',').append(x.item()).append(',')
                .append(x.count()).append(',').append(x.note()).append('\n');
        }

        write(dir.resolve("units.csv"), u);
        write(dir.resolve("values.csv"), v);
        write(dir.resolve("adjustments.csv"), a);
        write(dir.resolve("corrections.csv"), corrections(values));
        System.out.printf(Locale.ROOT, "wrote %s: %d units, %d value rows (%d with a self-assessment), %d adjustment"
            + " rows, 2 corrections%n", dir, units.size(), valueRows, selfValues, adj.size());
    }

    static void write(Path file, CharSequence text) throws IOException {
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
