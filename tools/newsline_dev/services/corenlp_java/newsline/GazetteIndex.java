package newsline;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.PaddedList;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's NER features with the "clean gazette" ones found by phrase lookup.
 *
 * <p>NERFeatureFactory finds them by scanning every gazette entry that holds the current word: with the Italian
 * model's Wikipedia gazette (5 million entry words) that is 244,416 entries for each "di", 164,986 for each "-",
 * 47,712 for each "." — nearly all of its NER time. This copy looks up the phrases that can cover the word
 * (the gazette's entries and their prefixes in hash sets) and adds exactly the same features.
 */
public class GazetteIndex<IN extends CoreLabel> extends NERFeatureFactory<IN> {
    private static final long serialVersionUID = 1L;
    private static final String SEP = "\u0001";
    private final Map<String, String[]> phrases = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private int longest;

    /** A copy of {@code original} (same flags, lexicons, gazette) that finds gazette features by lookup. */
    @SuppressWarnings("unchecked")
    public static <T extends CoreLabel> GazetteIndex<T> of(NERFeatureFactory<T> original)
            throws ReflectiveOperationException {
        GazetteIndex<T> copy = new GazetteIndex<>();
        for (Class<?> c = NERFeatureFactory.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    f.set(copy, f.get(original));
                }
            }
        }
        Field infosField = NERFeatureFactory.class.getDeclaredField("wordToGazetteInfos");
        infosField.setAccessible(true);
        Map<String, Collection<Object>> infos = (Map<String, Collection<Object>>) infosField.get(original);
        if (infos == null || infos.isEmpty()) {
            return copy;
        }
        Class<?> info = Class.forName("edu.stanford.nlp.ie.NERFeatureFactory$GazetteInfo");
        Field feature = info.getDeclaredField("feature");
        Field words = info.getDeclaredField("words");
        Field loc = info.getDeclaredField("loc");
        feature.setAccessible(true);
        words.setAccessible(true);
        loc.setAccessible(true);
        Map<String, Set<String>> found = new HashMap<>();
        for (Collection<Object> group : infos.values()) {
            for (Object entry : group) {
                if (loc.getInt(entry) != 0) {
                    continue;  // every entry is also held, at position 0, by its first word's group
                }
                String[] w = (String[]) words.get(entry);
                found.computeIfAbsent(String.join(SEP, w), k -> new HashSet<>()).add((String) feature.get(entry));
                copy.longest = Math.max(copy.longest, w.length);
                StringBuilder prefix = new StringBuilder(w[0]);
                for (int i = 1; i < w.length; i++) {
                    copy.prefixes.add(prefix.toString());
                    prefix.append(SEP).append(w[i]);
                }
            }
        }
        found.forEach((phrase, features) -> copy.phrases.put(phrase, features.toArray(new String[0])));
        infosField.set(copy, new HashMap<String, Collection<Object>>());  // the scan in featuresC finds nothing
        return copy;
    }

    @Override
    protected void featuresC(PaddedList<IN> cInfo, int loc, FeatureCollector out) {
        super.featuresC(cInfo, loc, out);
        StringBuilder key = new StringBuilder();
        for (int before = 0; before < longest; before++) {  // entries starting `before` words left of loc
            key.setLength(0);
            for (int k = 0; k < longest; k++) {
                if (k > 0) {
                    key.append(SEP);
                }
                key.append(getWord(cInfo.get(loc - before + k)));
                String phrase = key.toString();
                if (k >= before) {
                    String[] features = phrases.get(phrase);
                    if (features != null) {
                        for (String f : features) {
                            out.add(f);
                        }
                    }
                }
                if (!prefixes.contains(phrase)) {
                    break;
                }
            }
        }
    }
}
