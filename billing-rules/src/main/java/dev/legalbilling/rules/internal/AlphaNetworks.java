package dev.legalbilling.rules.internal;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.ancompiler.NetworkHandlerAdaptor;
import org.drools.ancompiler.ObjectTypeNodeParser;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.WindowNode;
import org.drools.core.util.index.AlphaRangeIndex;
import org.kie.api.KieBase;

/**
 * Drools' alpha network compiler (ANC) for the bundled packs, generated at build time: each object-type node's
 * alpha network (the per-fact constraints of every rule) becomes one Java class whose {@code assertObject} tests
 * the constraints in straight-line code instead of walking alpha nodes. {@code BundledPackCompiler} generates and
 * compiles the classes with the build and lists them in the pack's {@code precompiled.properties}; {@link #install}
 * puts them in place of the nodes' propagators when the pack's rule base is built from its build-time model.
 *
 * <p>Only for the packs bundled with this library: a rule set read from a directory, a file, a string or another
 * classpath folder never gets one, since Drools would put its rule text into Java source and define the classes
 * outside the security gate. Stateless; thread-safe.
 */
public final class AlphaNetworks {
    /** Index key prefix: {@code anc.<entry point>/<fact class>} names the generated class of that node. */
    public static final String PREFIX = "anc.";
    /** Suffix of the key holding the node's network as {@link #fingerprint} saw it at build time. */
    public static final String NETWORK = ".network";

    private AlphaNetworks() {
    }

    /**
     * @param kieBase a rule base
     * @return its object-type nodes the alpha network compiler handles: every one but the initial fact's and those
     *     that already propagate through a compiled network
     */
    public static List<ObjectTypeNode> objectTypeNodes(KieBase kieBase) {
        // as ObjectTypeNodeCompiler.objectTypeNodes does, without loading the compiler (and its source generator)
        return allObjectTypeNodes(kieBase).stream()
                .filter(n -> !(n.getObjectSinkPropagator() instanceof CompiledNetwork)).toList();
    }

    private static List<ObjectTypeNode> allObjectTypeNodes(KieBase kieBase) {
        return ((InternalRuleBase) kieBase).getRete().getEntryPointNodes().values().stream()
                .flatMap(ep -> ep.getObjectTypeNodes().values().stream())
                .filter(n -> !n.getObjectType().isAssignableTo(InitialFact.class)).toList();
    }

    /**
     * @param otn an object-type node
     * @return its key in the index: entry point and fact class
     */
    public static String key(ObjectTypeNode otn) {
        return otn.getEntryPoint().getEntryPointId() + "/" + ((ClassObjectType) otn.getObjectType()).getClassName();
    }

    /**
     * The node's network as the compiler walks it: each node's kind and id in order, hashed values included, so a
     * class generated for one network is never installed on another.
     *
     * @param otn an object-type node
     * @return the walk as text
     */
    public static String fingerprint(ObjectTypeNode otn) {
        Walk walk = new Walk();
        new ObjectTypeNodeParser(otn).accept(walk);
        return walk.text.toString();
    }

    /**
     * @param otn an object-type node
     * @return true when its network uses a range index, whose constructor argument {@link #install} does not
     *     supply (the build then makes no compiled network for the pack)
     */
    public static boolean rangeIndexed(ObjectTypeNode otn) {
        Walk walk = new Walk();
        new ObjectTypeNodeParser(otn).accept(walk);
        return walk.rangeIndexed;
    }

    /**
     * Installs the build-time classes named in the index on the rule base's object-type nodes: all of them, or
     * none when any is missing, fails to load or was generated for another network.
     *
     * @param kieBase the rule base, built from the pack's build-time model and not yet used
     * @param index the pack's build-time index
     * @param loader the loader of the pack's classes
     * @return null when installed, else why not (for a warning)
     */
    public static String install(KieBase kieBase, Properties index, ClassLoader loader) {
        List<ObjectTypeNode> nodes = objectTypeNodes(kieBase);
        List<CompiledNetwork> networks = new ArrayList<>();
        try {
            for (ObjectTypeNode otn : nodes) {
                String key = key(otn);
                String className = index.getProperty(PREFIX + key);
                if (className == null) {
                    return "no compiled alpha network for " + key;
                }
                ObjectTypeNodeParser parser = new ObjectTypeNodeParser(otn);
                Walk walk = new Walk();
                parser.accept(walk);
                if (!walk.text.toString().equals(index.getProperty(PREFIX + key + NETWORK))) {
                    return "the alpha network of " + key + " differs from the one compiled at build time";
                }
                IndexableConstraint indexed = parser.getIndexableConstraint();
                Constructor<?> constructor = Class.forName(className, true, loader)
                        .getDeclaredConstructor(ReadAccessor.class, Map.class);
                networks.add((CompiledNetwork) constructor.newInstance(
                        indexed == null ? null : indexed.getFieldExtractor(), Map.<String, AlphaRangeIndex>of()));
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return e.toString();
        }
        for (int i = 0; i < nodes.size(); i++) {
            networks.get(i).setStartingObjectTypeNode(nodes.get(i));
        }
        return null;
    }

    /**
     * @param kieBase a rule base
     * @return true when every object-type node of it propagates through a compiled alpha network
     */
    public static boolean installed(KieBase kieBase) {
        List<ObjectTypeNode> nodes = allObjectTypeNodes(kieBase);
        return !nodes.isEmpty() && nodes.stream().allMatch(n -> n.getObjectSinkPropagator() instanceof CompiledNetwork);
    }

    /**
     * @param kieBase a rule base
     * @return true when any object-type node of it propagates through a compiled alpha network
     */
    public static boolean anyInstalled(KieBase kieBase) {
        return allObjectTypeNodes(kieBase).stream().anyMatch(n -> n.getObjectSinkPropagator() instanceof CompiledNetwork);
    }

    /** Writes the walk of {@link ObjectTypeNodeParser} as text. */
    private static final class Walk extends NetworkHandlerAdaptor {
        private final StringBuilder text = new StringBuilder();
        private boolean rangeIndexed;

        private void add(String kind, int id) {
            text.append(kind).append(id).append(' ');
        }

        @Override
        public void startObjectTypeNode(ObjectTypeNode node) {
            add("O", node.getId());
        }

        @Override
        public void startNonHashedAlphaNode(AlphaNode node) {
            add("A", node.getId());
        }

        @Override
        public void endNonHashedAlphaNode(AlphaNode node) {
            text.append("/ ");
        }

        @Override
        public void startBetaNode(BetaNode node) {
            add("B", node.getId());
        }

        @Override
        public void startWindowNode(WindowNode node) {
            add("W", node.getId());
        }

        @Override
        public void startLeftInputAdapterNode(LeftInputAdapterNode node) {
            add("L", node.getId());
        }

        @Override
        public void startHashedAlphaNodes(IndexableConstraint constraint) {
            text.append("H[ ");
        }

        @Override
        public void endHashedAlphaNodes(IndexableConstraint constraint) {
            text.append("] ");
        }

        @Override
        public void startHashedAlphaNode(AlphaNode node, Object value) {
            add("h", node.getId());
            text.setLength(text.length() - 1);
            text.append('=').append(value).append(' ');
        }

        @Override
        public void nullCaseAlphaNodeStart(AlphaNode node) {
            add("N", node.getId());
        }

        @Override
        public void startRangeIndex(AlphaRangeIndex index) {
            rangeIndexed = true;
            text.append("R ");
        }

        @Override
        public void startRangeIndexedAlphaNode(AlphaNode node) {
            add("r", node.getId());
        }
    }
}
