import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic generator of the SYNTHETIC data of the three other Baicheng 2022 appraisals of the source report:
 * the 5-county annual rule-of-law appraisal, the demonstration-creation (\u793a\u8303\u521b\u5efa) self-assessment and verification,
 * and a \u8ff0\u6cd5\u8bc4\u8bae meeting scored by a 15-member panel.
 *
 * <p>Run from the repository root: {@code java seeds/GenerateOtherAppraisals.java} (optionally pass the parent
 * directory; default {@code seeds}). It writes {@code baicheng-counties-2022/}, {@code baicheng-demonstration-2022/}
 * and {@code baicheng-shufa-2022/} data files (UTF-8 without BOM, '\n' line endings), and the demonstration's
 * {@code policy.yaml} (its 100 task items are tedious by hand); the other two policies are written by hand. The
 * output is byte-identical on every run: one {@link Random} stream per appraisal with a fixed seed, integer values
 * only (no floating-point formatting).
 *
 * <p>The source is pure ASCII: Chinese text is written as unicode escapes because Java 17's source-file launcher
 * decodes the file with the platform default encoding, and the output must not depend on it.
 *
 * <p>Only the county names and the setting follow the source report (seeds/source/000_3a64fb96a3a3a6c0.txt). Every
 * number is invented; see each folder's README.
 */
public final class GenerateOtherAppraisals {
    /**
     * The engine ranks a year only by rolling up its quarters, so each once-a-year appraisal is filed under the
     * quarter it was held in.
     */
    static final String PERIOD = "2022-Q4";

    /** The five counties (county-level cities and district) in the report's order, with a hand-set quality. */
    static final String[][] COUNTIES = {
        {"taobei", "\u6d2e\u5317\u533a"},
        {"taonan", "\u6d2e\u5357\u5e02"},
        {"daan", "\u5927\u5b89\u5e02"},
        {"zhenlai", "\u9547\u8d49\u53bf"},
        {"tongyu", "\u901a\u6986\u53bf"},
    };

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : "seeds");
        counties(root.resolve("baicheng-counties-2022"));
        demonstration(root.resolve("baicheng-demonstration-2022"));
        shufa(root.resolve("baicheng-shufa-2022"));
    }

    // ------------------------------------------------------------------ counties

    static final double[] COUNTY_QUALITY = {0.75, 0.6, 0.85, 0.9, 0.5};

    static void counties(Path dir) throws IOException {
        Random r = new Random(20221301L);
        StringBuilder units = new StringBuilder("id,name,category,attributes\n");
        StringBuilder values = new StringBuilder("unit,period,indicator,value\n");
        for (int c = 0; c < COUNTIES.length; c++) {
            units.append(COUNTIES[c][0]).append(',').append(COUNTIES[c][1]).append(",county,\n");
            double q = COUNTY_QUALITY[c];
            long[] drawn = {
                draw(r, q, 2, 3, 1, 0, 6),        // 1.1 dedicated study sessions (target 4)
                draw(r, q, 8, 30, 5, 0, 60),      // 1.2 publicity pieces
                draw(r, q, 92, 10, 2, 0, 100),    // 2.1 \u8ff0\u6cd5 coverage of townships and departments, %
                draw(r, q, 75, 20, 3, 0, 100),    // 2.2 \u8ff0\u6cd5 review score
                draw(r, q, 95, 6, 1, 0, 100),     // 3.1 legality-review rate, %
                q >= 0.8 ? 0 : r.nextInt(3),      // 3.2 unfiled normative documents
                draw(r, q, 85, 15, 3, 0, 100),    // 4.1 departments with the three enforcement systems, %
                draw(r, q, 75, 20, 3, 0, 100),    // 4.2 case-file review score
                draw(r, q, 90, 10, 2, 0, 100),    // 4.3 certified enforcement staff, %
                draw(r, 1 - q, 3, 20, 3, 0, 40),  // 5.1 litigation loss rate, % (lower is better)
                draw(r, q, 70, 30, 4, 0, 100),    // 5.2 leader court-appearance rate, %
                q >= 0.8 ? 0 : r.nextInt(3),      // 5.3 reconsideration reversals
                draw(r, q, 85, 15, 3, 0, 100),    // 6.1 inspection rectification completion, %
                draw(r, q, 85, 15, 3, 0, 100),    // 7.1 townships with legality review, %
                draw(r, q, 2, 8, 1, 0, 20),       // 7.2 democracy-and-rule-of-law model villages
                draw(r, q, 80, 15, 3, 0, 100),    // 7.3 public legal-service satisfaction
            };
            String[] ids = {"1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3",
                "6.1", "7.1", "7.2", "7.3"};
            for (int i = 0; i < ids.length; i++) {
                values.append(COUNTIES[c][0]).append(',').append(PERIOD).append(',').append(ids[i]).append(',')
                    .append(drawn[i]).append('\n');
            }
        }
        String adjustments = "unit,period,item,count,note\n"
            + "daan," + PERIOD + ",bonus.demonstration,1,\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u793a\u8303\u521b\u5efa\u63a8\u8350\n"
            + "zhenlai," + PERIOD + ",bonus.demonstration,1,\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u793a\u8303\u521b\u5efa\u63a8\u8350\n"
            + "taonan," + PERIOD + ",deduction.notice,1,\u6cd5\u6cbb\u7763\u5bdf\u53cd\u9988\u95ee\u9898\u6574\u6539\u4e0d\u5230\u4f4d\u88ab\u901a\u62a5\n";
        Files.createDirectories(dir);
        write(dir.resolve("units.csv"), units);
        write(dir.resolve("values.csv"), values);
        write(dir.resolve("adjustments.csv"), adjustments);
    }

    /** {@code base + span \u00d7 quality} plus integer noise in {@code \u00b1noise}, clamped to [lo, hi]. */
    static long draw(Random r, double quality, int base, int span, int noise, int lo, int hi) {
        long value = Math.round(base + span * quality) + r.nextInt(2 * noise + 1) - noise;
        return Math.max(lo, Math.min(hi, value));
    }

    // ------------------------------------------------------------------ demonstration creation (\u793a\u8303\u521b\u5efa)

    static final String[] AREAS = {
        "\u515a\u5bf9\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u7684\u9886\u5bfc", "\u653f\u5e9c\u804c\u80fd\u4f9d\u6cd5\u5168\u9762\u5c65\u884c", "\u4f9d\u6cd5\u884c\u653f\u5236\u5ea6\u4f53\u7cfb", "\u91cd\u5927\u884c\u653f\u51b3\u7b56",
        "\u884c\u653f\u6267\u6cd5", "\u7a81\u53d1\u4e8b\u4ef6\u5e94\u5bf9", "\u793e\u4f1a\u77db\u76fe\u7ea0\u7eb7\u5316\u89e3", "\u884c\u653f\u6743\u529b\u5236\u7ea6\u548c\u76d1\u7763",
    };
    static final int[] ITEMS = {10, 15, 10, 12, 18, 8, 12, 15};
    static final String[][] MUST_PASS = {
        {"1.01", "\u515a\u653f\u4e3b\u8981\u8d1f\u8d23\u4eba\u5c65\u884c\u63a8\u8fdb\u6cd5\u6cbb\u5efa\u8bbe\u7b2c\u4e00\u8d23\u4efb\u4eba\u804c\u8d23"},
        {"4.01", "\u91cd\u5927\u884c\u653f\u51b3\u7b56\u5408\u6cd5\u6027\u5ba1\u67e5\u5168\u8986\u76d6"},
        {"5.01", "\u5168\u9762\u63a8\u884c\u884c\u653f\u6267\u6cd5\u4e09\u9879\u5236\u5ea6"},
        {"8.01", "\u4e2d\u592e\u6cd5\u6cbb\u7763\u5bdf\u53cd\u9988\u95ee\u9898\u6574\u6539\u5230\u4f4d"},
    };
    /** The share of items each county completes in full, in county order. */
    static final double[] COMPLETION = {0.80, 0.62, 0.74, 0.78, 0.55};

    static void demonstration(Path dir) throws IOException {
        Random r = new Random(20221302L);
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < AREAS.length; a++) {
            for (int i = 1; i <= ITEMS[a]; i++) {
                ids.add((a + 1) + "." + (i < 10 ? "0" : "") + i);
            }
        }
        StringBuilder units = new StringBuilder("id,name,category,attributes\n");
        StringBuilder values = new StringBuilder("unit,period,indicator,value,self\n");
        for (int c = 0; c < COUNTIES.length; c++) {
            String county = COUNTIES[c][0];
            units.append(county).append(',').append(COUNTIES[c][1]).append(",county,\n");
            for (String id : ids) {
                // Verified completion of the item in %: full, or a partial 30..90 in steps of 10.
                long verified = r.nextDouble() < COMPLETION[c] ? 100 : 30 + 10 * r.nextInt(7);
                boolean mustPass = isMustPass(id);
                if (mustPass) {
                    verified = 100;
                }
                if (county.equals("taobei") && id.equals("5.01")) {
                    verified = 80; // the gate: enforcement systems not fully in place in two townships
                }
                // Self-assessment: most counties claim one step more on a few items; Tongyu claims nearly all.
                double claimRate = county.equals("tongyu") ? 0.9 : 0.06;
                long self = r.nextDouble() < claimRate ? Math.min(100, verified + 10 + 10 * r.nextInt(2)) : verified;
                if (county.equals("taobei") && id.equals("5.01")) {
                    self = 100;
                }
                values.append(county).append(',').append(PERIOD).append(',').append(id).append(',')
                    .append(verified).append(',').append(self).append('\n');
            }
        }
        Files.createDirectories(dir);
        write(dir.resolve("units.csv"), units);
        write(dir.resolve("values.csv"), values);
        write(dir.resolve("adjustments.csv"), "unit,period,item,count,note\n");
        write(dir.resolve("policy.yaml"), demonstrationPolicy(ids));
    }

    static boolean isMustPass(String id) {
        for (String[] item : MUST_PASS) {
            if (item[0].equals(id)) {
                return true;
            }
        }
        return false;
    }

    static String demonstrationPolicy(List<String> ids) {
        StringBuilder p = new StringBuilder();
        p.append("# The ILLUSTRATIVE demonstration-creation (\u793a\u8303\u521b\u5efa) appraisal of the five counties, written by\n")
            .append("# seeds/GenerateOtherAppraisals.java. Not the published national indicator system: 100 invented\n")
            .append("# task items of one point each, scored on the completion the city verified (value, %); the\n")
            .append("# county's self-assessment (self) is scored only to flag gaps above the tolerance.\n")
            .append("id: baicheng-demonstration\n")
            .append("name: \u767d\u57ce\u5e02\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u793a\u8303\u521b\u5efa\u8bc4\u4f30 (illustrative)\n")
            .append("version: \"2022.1\"\n")
            .append("description: Illustrative; 100 invented task items, self-assessed by each county and verified"
                + " by the city.\n")
            .append("scale: 100\n\n")
            .append("categories:\n  - {id: county, name: \u53bf(\u5e02\u3001\u533a)}\n\n")
            .append("indicators:\n  id: total\n  name: \u793a\u8303\u521b\u5efa\u4efb\u52a1 (illustrative)\n  children:\n");
        int next = 0;
        for (int a = 0; a < AREAS.length; a++) {
            p.append("    - id: ").append(a + 1).append("\n      name: ").append(AREAS[a]).append("\n      children:\n");
            for (int i = 0; i < ITEMS[a]; i++) {
                String id = ids.get(next++);
                String name = "\u4efb\u52a1" + id;
                for (String[] item : MUST_PASS) {
                    if (item[0].equals(id)) {
                        name = item[1] + " (\u5fc5\u8fbe\u9879)";
                    }
                }
                p.append("        - {id: \"").append(id).append("\", name: ").append(name)
                    .append(", points: 1, range: [0, 100], rule: {type: proportional}}\n");
            }
        }
        p.append("\ngrades:\n  bands:\n    - {name: \u4f18\u79c0, minScore: 90}\n    - {name: \u8fbe\u6807, minScore: 80}\n")
            .append("  lowest: \u672a\u8fbe\u6807\n\n")
            .append("ranking:\n  method: competition\n  tieBreaks: [unit-id]\n\n")
            .append("rounding: {scale: 2, mode: half-up}\n\n")
            .append("selfAssessmentTolerance: 3\n\n")
            .append("# The city recommended 2 of the 5 counties to the province (\u9547\u8d49\u53bf and \u5927\u5b89\u5e02 in the report).\n")
            .append("recommendation:\n  top: 2\n  mustPass: [\"1.01\", \"4.01\", \"5.01\", \"8.01\"]\n")
            .append("  mustPassRate: 100\n  conditionsIf: {selfAssessmentFlagged: true}\n");
        return p.toString();
    }

    // ------------------------------------------------------------------ \u8ff0\u6cd5\u8bc4\u8bae meeting

    static final String[] OFFICES = {
        "\u5e02\u53d1\u5c55\u548c\u6539\u9769\u59d4\u5458\u4f1a", "\u5e02\u6559\u80b2\u5c40", "\u5e02\u516c\u5b89\u5c40", "\u5e02\u6c11\u653f\u5c40", "\u5e02\u53f8\u6cd5\u5c40", "\u5e02\u8d22\u653f\u5c40",
        "\u5e02\u4eba\u529b\u8d44\u6e90\u548c\u793e\u4f1a\u4fdd\u969c\u5c40", "\u5e02\u81ea\u7136\u8d44\u6e90\u5c40", "\u5e02\u751f\u6001\u73af\u5883\u5c40", "\u5e02\u4f4f\u623f\u548c\u57ce\u4e61\u5efa\u8bbe\u5c40", "\u5e02\u4ea4\u901a\u8fd0\u8f93\u5c40",
        "\u5e02\u6c34\u5229\u5c40", "\u5e02\u519c\u4e1a\u519c\u6751\u5c40", "\u5e02\u5546\u52a1\u5c40", "\u5e02\u536b\u751f\u5065\u5eb7\u59d4\u5458\u4f1a", "\u5e02\u5e94\u6025\u7ba1\u7406\u5c40", "\u5e02\u5e02\u573a\u76d1\u7763\u7ba1\u7406\u5c40",
        "\u5e02\u533b\u7597\u4fdd\u969c\u5c40", "\u5e02\u6797\u4e1a\u548c\u8349\u539f\u5c40", "\u5e02\u57ce\u5e02\u7ba1\u7406\u884c\u653f\u6267\u6cd5\u5c40",
    };
    static final int LEADER_RATERS = 6;
    static final int REPRESENTATIVE_RATERS = 9;

    static void shufa(Path dir) throws IOException {
        Random r = new Random(20221303L);
        int n = OFFICES.length;
        long[] quality = new long[n];
        StringBuilder units = new StringBuilder("id,name,category,attributes\n");
        StringBuilder values = new StringBuilder("unit,period,indicator,value\n");
        for (int u = 0; u < n; u++) {
            String id = String.format(java.util.Locale.ROOT, "L%02d", u + 1);
            units.append(id).append(',').append(OFFICES[u]).append("\u4e3b\u8981\u8d1f\u8d23\u4eba,leader,\n");
            quality[u] = 72 + r.nextInt(24);
            long written = Math.max(60, Math.min(100, quality[u] + r.nextInt(9) - 4));
            values.append(id).append(',').append(PERIOD).append(",2,").append(written).append('\n');
        }
        StringBuilder ratings = new StringBuilder("unit,period,indicator,rater,group,score,comment\n");
        int raters = LEADER_RATERS + REPRESENTATIVE_RATERS;
        long[] bias = new long[raters];
        for (int k = 0; k < raters; k++) {
            bias[k] = r.nextInt(7) - 3; // some raters are stricter than others
        }
        for (int u = 0; u < n; u++) {
            String unit = String.format(java.util.Locale.ROOT, "L%02d", u + 1);
            for (int k = 0; k < raters; k++) {
                String rater = String.format(java.util.Locale.ROOT, "R%02d", k + 1);
                String group = k < LEADER_RATERS ? "leaders" : "representatives";
                long score = Math.max(50, Math.min(100, quality[u] + bias[k] + r.nextInt(7) - 3));
                String comment = "";
                if (unit.equals("L07") && rater.equals("R11")) {
                    score = 60; // one representative's outlying score: dropped by the trim, listed as an outlier
                    comment = "\u5bf9\u6848\u4ef6\u529e\u7406\u60c5\u51b5\u4e0d\u6ee1\u610f";
                } else if (score >= 95) {
                    comment = "\u8ff0\u6cd5\u5185\u5bb9\u5177\u4f53";
                }
                ratings.append(unit).append(',').append(PERIOD).append(",1,").append(rater).append(',')
                    .append(group).append(',').append(score).append(',').append(comment).append('\n');
            }
        }
        Files.createDirectories(dir);
        write(dir.resolve("units.csv"), units);
        write(dir.resolve("values.csv"), values);
        write(dir.resolve("adjustments.csv"), "unit,period,item,count,note\n");
        write(dir.resolve("ratings.csv"), ratings);
    }

    static void write(Path file, CharSequence text) throws IOException {
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
