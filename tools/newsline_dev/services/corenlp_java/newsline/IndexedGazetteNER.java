package newsline;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.sequences.FeatureFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's "ner" annotator (same properties, models and output) whose CRF models find gazette features
 * through {@link GazetteIndex}. Used as a custom annotator: {@code customAnnotatorClass.<name>=newsline.IndexedGazetteNER}.
 */
public class IndexedGazetteNER extends NERCombinerAnnotator {
    public IndexedGazetteNER(String name, Properties props) throws IOException {
        super(props);
        try {
            index(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot index the NER gazette of this CoreNLP version", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void index(NERCombinerAnnotator annotator) throws ReflectiveOperationException {
        Object combiner = field(NERCombinerAnnotator.class, "ner").get(annotator);
        for (Object classifier : (List<?>) field(ClassifierCombiner.class, "baseClassifiers").get(combiner)) {
            if (classifier instanceof CRFClassifier) {
                List<FeatureFactory<CoreLabel>> factories = ((CRFClassifier<CoreLabel>) classifier).featureFactories;
                for (int i = 0; i < factories.size(); i++) {
                    if (factories.get(i).getClass() == NERFeatureFactory.class) {
                        factories.set(i, GazetteIndex.of((NERFeatureFactory<CoreLabel>) factories.get(i)));
                    }
                }
            }
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
