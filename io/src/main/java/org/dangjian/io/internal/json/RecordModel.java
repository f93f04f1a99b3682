package org.dangjian.io.internal.json;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.RecordKind;

/**
 * How one Immutables domain type maps to JSON, worked out once per type by reflection: its
 * attributes (the abstract or default no-argument accessors of the interface that the generated
 * builder can set), in the order they are declared, each with its container (single, {@code
 * Optional}, {@code OptionalInt}, {@code List}) and the kind of its values. The JSON field name is
 * the accessor name. A {@code Map} attribute (the {@code extras} of members and organizations) has
 * text keys and is a JSON object. {@link #of(Class)} caches the model per class.
 */
final class RecordModel {

  /** How an attribute holds its values. */
  enum Container {
    SINGLE,
    OPTIONAL,
    OPTIONAL_INT,
    LIST,
    /** A {@code Map} of text labels to values, in insertion order (the extras of a record). */
    MAP
  }

  /** The kind of one value, which decides how it is written and read. */
  enum Kind {
    STRING("文本", "a string"),
    INT("整数", "an integer"),
    BOOLEAN("true 或 false", "true or false"),
    DECIMAL("不超过 64 位整数和 64 位小数的数字", "a number of at most 64 digits before and after the point"),
    DATE("日期（yyyy-MM-dd）", "a date (yyyy-MM-dd)"),
    YEAR_MONTH("年月（yyyy-MM）", "a month (yyyy-MM)"),
    ENUM("代码", "a code"),
    ID_NUMBER("公民身份号码文本", "a resident ID number as a string"),
    MOBILE("手机号码文本", "a mobile number as a string"),
    CREDIT_CODE("统一社会信用代码文本", "a unified social credit code as a string"),
    RECORD("对象", "an object");

    final String zh;
    final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  /** One attribute: name, accessor, builder method, container and value kind. */
  static final class Attribute {
    final String name;
    final int index;
    final Method accessor;
    final Method setter;
    final Container container;
    final Kind kind;
    final Class<?> valueClass;
    final boolean required;
    final boolean hasDefault;

    /** The constant names of an enum attribute's type, null for other kinds. */
    final EnumNames enumNames;

    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> putter;

    Attribute(
        String name,
        int index,
        Method accessor,
        Method setter,
        Container container,
        Kind kind,
        Class<?> valueClass) {
      this.name = name;
      this.index = index;
      this.accessor = accessor;
      this.setter = setter;
      this.container = container;
      this.kind = kind;
      this.valueClass = valueClass;
      // A default attribute: an interface default method or a concrete method of an abstract class.
      this.hasDefault = !Modifier.isAbstract(accessor.getModifiers());
      this.required = container == Container.SINGLE && !hasDefault;
      this.enumNames = kind == Kind.ENUM ? new EnumNames(valueClass) : null;
      this.getter = DirectCalls.function(accessor);
      this.putter = DirectCalls.consumer(setter);
    }

    /** True for resident ID and mobile numbers, which a privacy profile may mask or leave out. */
    boolean personal() {
      return kind == Kind.ID_NUMBER || kind == Kind.MOBILE;
    }

    Object get(Object record) {
      return getter.apply(record);
    }

    void set(Object builder, Object value) {
      putter.accept(builder, value);
    }
  }

  /** How many attributes {@link #attributeAfter} compares before it asks the map. */
  private static final int LOOK_AHEAD = 8;

  private static final ClassValue<RecordModel> MODELS =
      new ClassValue<>() {
        @Override
        protected RecordModel computeValue(Class<?> type) {
          return new RecordModel(type);
        }
      };

  private final Class<?> type;
  private final String displayName;
  private final Supplier<Object> builderFactory;
  private final Function<Object, Object> build;
  private final List<Attribute> attributes;
  private final Attribute[] ordered;
  private final Map<String, Attribute> byName;
  private final Optional<Object> empty;

  private RecordModel(Class<?> type) {
    this.type = type;
    this.displayName =
        Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
    Class<?> immutable = immutableClass(type).orElseThrow();
    Method factory;
    try {
      factory = accessible(immutable.getMethod("builder"));
      this.build = DirectCalls.function(accessible(factory.getReturnType().getMethod("build")));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no builder", e);
    }
    this.builderFactory = DirectCalls.factory(factory);
    Class<?> builder = factory.getReturnType();
    Map<String, Integer> fieldOrder = new HashMap<>();
    Field[] fields = immutable.getDeclaredFields();
    for (int i = 0; i < fields.length; i++) {
      fieldOrder.putIfAbsent(fields[i].getName(), i);
    }
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() != 0
          || method.getReturnType() == void.class) {
        continue;
      }
      if (setter(builder, method).isPresent()) {
        accessors.add(method);
      } else if (Modifier.isAbstract(method.getModifiers())) {
        // An abstract accessor is always an attribute: one the format cannot set (a map, say)
        // must fail here rather than vanish from the files.
        throw new IllegalStateException(
            "no builder method for " + type.getName() + "." + method.getName());
      }
    }
    accessors.sort(
        Comparator.comparing((Method m) -> fieldOrder.getOrDefault(m.getName(), Integer.MAX_VALUE))
            .thenComparing(Method::getName));
    List<Attribute> list = new ArrayList<>();
    Map<String, Attribute> names = new HashMap<>();
    for (Method accessor : accessors) {
      Attribute attribute = attribute(accessor, list.size(), setter(builder, accessor).get());
      list.add(attribute);
      names.put(attribute.name, attribute);
    }
    this.attributes = List.copyOf(list);
    this.ordered = list.toArray(new Attribute[0]);
    this.byName = Map.copyOf(names);
    Optional<Object> nothingSet;
    try {
      nothingSet = Optional.of(build(newBuilder()));
    } catch (IllegalStateException e) {
      nothingSet = Optional.empty();
    }
    this.empty = nothingSet;
  }

  /**
   * The model of {@code type}, a domain interface reachable from a dataset's records or its
   * generated {@code Immutable*} class.
   */
  static RecordModel of(Class<?> type) {
    return MODELS.get(domainInterface(type).orElseThrow());
  }

  /** True when {@code type} is a record type of the exchange format or its generated class. */
  static boolean isRecord(Class<?> type) {
    return domainInterface(type).isPresent();
  }

  /**
   * The domain interface of {@code type} when it is one of the exchange format's record types
   * (those reachable from the types of the {@link RecordKind}s): itself, or the interface or
   * abstract class its generated class builds.
   */
  static Optional<Class<?>> domainInterface(Class<?> type) {
    if (Domain.TYPES.contains(type)) {
      return Optional.of(type);
    }
    if (isAbstract(type)) {
      return Optional.empty();
    }
    for (Class<?> candidate : type.getInterfaces()) {
      if (Domain.TYPES.contains(candidate)) {
        return Optional.of(candidate);
      }
    }
    Class<?> parent = type.getSuperclass();
    return parent != null && Domain.TYPES.contains(parent) ? Optional.of(parent) : Optional.empty();
  }

  /** Domain types are interfaces, or abstract classes where they carry derived methods. */
  private static boolean isAbstract(Class<?> type) {
    return type.isInterface() || Modifier.isAbstract(type.getModifiers());
  }

  /** The record types of the exchange format, found once from the types of the record kinds. */
  private static final class Domain {
    static final Set<Class<?>> TYPES = reachable();

    private static Set<Class<?>> reachable() {
      Set<Class<?>> found = new LinkedHashSet<>();
      Deque<Class<?>> pending =
          new ArrayDeque<>(Stream.of(RecordKind.values()).map(RecordKind::type).toList());
      while (!pending.isEmpty()) {
        Class<?> type = pending.pop();
        if (found.add(type)) {
          for (Attribute attribute : MODELS.get(type).attributes) {
            if (attribute.kind == Kind.RECORD) {
              pending.push(attribute.valueClass);
            }
          }
        }
      }
      return Set.copyOf(found);
    }
  }

  private static Optional<Class<?>> immutableClass(Class<?> type) {
    if (!isAbstract(type)
        || type.getEnclosingClass() != null
        || !type.getPackageName().startsWith("org.dangjian.core.")) {
      return Optional.empty();
    }
    try {
      Class<?> generated =
          Class.forName(
              type.getPackageName() + ".Immutable" + type.getSimpleName(),
              false,
              type.getClassLoader());
      return type.isAssignableFrom(generated) ? Optional.of(generated) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Optional<Method> setter(Class<?> builder, Method accessor) {
    String name = accessor.getName();
    Class<?> returned = accessor.getReturnType();
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    boolean list = returned == List.class;
    boolean map = returned == Map.class;
    String setterName = list ? "addAll" + capitalized : map ? "putAll" + capitalized : name;
    Class<?> parameter = list ? Iterable.class : returned;
    try {
      return Optional.of(accessible(builder.getMethod(setterName, parameter)));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static Attribute attribute(Method accessor, int index, Method setter) {
    Class<?> returned = accessor.getReturnType();
    Container container;
    Class<?> valueClass;
    if (returned == List.class) {
      container = Container.LIST;
      valueClass = typeArgument(accessor);
    } else if (returned == Map.class) {
      container = Container.MAP;
      if (typeArgument(accessor, 0) != String.class) {
        throw new IllegalStateException("map keys must be strings: " + accessor);
      }
      valueClass = typeArgument(accessor, 1);
    } else if (returned == Optional.class) {
      container = Container.OPTIONAL;
      valueClass = typeArgument(accessor);
    } else if (returned == OptionalInt.class) {
      container = Container.OPTIONAL_INT;
      valueClass = int.class;
    } else {
      container = Container.SINGLE;
      valueClass = returned;
    }
    return new Attribute(
        accessor.getName(),
        index,
        accessible(accessor),
        setter,
        container,
        kind(valueClass),
        valueClass);
  }

  private static Class<?> typeArgument(Method accessor) {
    return typeArgument(accessor, 0);
  }

  private static Class<?> typeArgument(Method accessor, int position) {
    Type generic = accessor.getGenericReturnType();
    if (generic instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[position] instanceof Class<?> argument) {
      return argument;
    }
    throw new IllegalStateException("unsupported attribute type " + generic + " of " + accessor);
  }

  private static Kind kind(Class<?> type) {
    if (type == String.class) {
      return Kind.STRING;
    } else if (type == int.class || type == Integer.class) {
      return Kind.INT;
    } else if (type == boolean.class || type == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (type == BigDecimal.class) {
      return Kind.DECIMAL;
    } else if (type == LocalDate.class) {
      return Kind.DATE;
    } else if (type == YearMonth.class) {
      return Kind.YEAR_MONTH;
    } else if (type.isEnum() && CodedValue.class.isAssignableFrom(type)) {
      return Kind.ENUM;
    } else if (type == ResidentIdNumber.class) {
      return Kind.ID_NUMBER;
    } else if (type == MobileNumber.class) {
      return Kind.MOBILE;
    } else if (type == SocialCreditCode.class) {
      return Kind.CREDIT_CODE;
    } else if (immutableClass(type).isPresent()) {
      return Kind.RECORD;
    }
    throw new IllegalStateException("unsupported attribute value type " + type);
  }

  /** The domain interface. */
  Class<?> type() {
    return type;
  }

  /** The type's name as records are named in messages: {@code member}, {@code stepRecord}. */
  String displayName() {
    return displayName;
  }

  /** The attributes in declaration order. */
  List<Attribute> attributes() {
    return attributes;
  }

  /** The attribute named {@code name}, or null. */
  Attribute attribute(String name) {
    return byName.get(name);
  }

  /**
   * The attribute named {@code name}, or null, trying first the attributes declared after the one
   * at {@code previous} (-1 for the first), up to {@value #LOOK_AHEAD} of them: our own files write
   * the fields in declaration order and leave out the empty ones, so that the common case costs a
   * few comparisons of short strings (most differ in length) and no hashing.
   */
  Attribute attributeAfter(int previous, String name) {
    int end = Math.min(ordered.length, previous + 1 + LOOK_AHEAD);
    for (int next = previous + 1; next < end; next++) {
      if (ordered[next].name.equals(name)) {
        return ordered[next];
      }
    }
    return byName.get(name);
  }

  /** A new builder of the generated class. */
  Object newBuilder() {
    return builderFactory.get();
  }

  /**
   * Builds the record.
   *
   * @throws IllegalStateException from the builder: a {@code @Value.Check} that failed
   */
  Object build(Object builder) {
    return build.apply(builder);
  }

  /**
   * True when {@code record} equals the record a builder gives with nothing set (empty lists and
   * optionals, defaults), so that writing it says nothing a reader's default would not say; false
   * for types with required attributes.
   */
  boolean isEmpty(Object record) {
    return record.equals(empty.orElse(null));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "RecordModel[%s]", type.getName());
  }

  /**
   * {@code method} with the access check of every call switched off: it is a public method of a
   * public type in an exported package of core, so the check would always pass.
   */
  private static Method accessible(Method method) {
    method.setAccessible(true);
    return method;
  }
}
