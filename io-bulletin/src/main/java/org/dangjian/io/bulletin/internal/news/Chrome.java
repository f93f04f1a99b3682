package org.dangjian.io.bulletin.internal.news;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.io.bulletin.internal.text.Texts;

/**
 * The site chrome of a news page, recognized line by line so that it never reaches a headline or a
 * paragraph: navigation bars ({@code 首页 新闻频道 党建 …}, {@code 设为首页 | 加入收藏}), breadcrumbs ({@code
 * 当前位置：首页 > 新闻 > 正文}), share, print and font-size links, previous and next links, copyright and
 * registration footers, WeChat buttons ({@code 阅读原文}, {@code 在看}), page numbers of converted text,
 * and the credits line whose editor ({@code 责任编辑：李某}) the report keeps.
 */
final class Chrome {

  /** Words of navigation bars, share and print links, and buttons. */
  private static final Set<String> NAV_WORDS =
      Set.of(
          "首页", "网站首页", "返回首页", "新闻", "新闻中心", "新闻频道", "要闻", "设为首页", "加入收藏", "收藏本站", "登录", "注册",
          "手机版", "网站地图", "联系我们", "关于我们", "返回顶部", "打印", "打印本页", "关闭", "关闭窗口", "分享", "分享到", "微信",
          "微博", "QQ空间", "字号", "字体", "大", "中", "小", "默认", "收藏", "点赞", "赞", "在看", "留言", "写留言", "阅读原文",
          "English", "无障碍", "简体", "繁体", "专题", "视频", "图片", "评论", "搜索", "党建", "时政", "本地", "国内", "国际",
          "社会", "文化", "热点", "推荐", "更多", "正文", "RSS");

  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s|｜/·•>»›＞┊丨]+");
  private static final Pattern BREADCRUMB =
      Pattern.compile("^(当前位置|您的位置|您现在的位置|所在位置|位置)\\s*[:：].*|^(网站)?首页\\s*[>»›＞].*");
  private static final Pattern FOOTER =
      Pattern.compile(
          "版权所有|Copyright|copyright|COPYRIGHT|©|\\(C\\)|（C）|ICP备|ICP证|公网安备|技术支持[:：]|主办单位[:：]|"
              + "承办单位[:：]|建议使用.*浏览器|最佳分辨率|未经.*授权.*(转载|复制)|违法和不良信息举报|举报电话");
  private static final Pattern BUTTONS =
      Pattern.compile(
          "^(【[^】]{1,12}】\\s*)+$|^\\[[^\\]]{1,12}](\\s*\\[[^\\]]{1,12}])*$|^(上一篇|下一篇|上一条|下一条)\\s*[:：].*"
              + "|^(相关新闻|相关阅读|相关链接|推荐阅读|热点新闻|热门文章|延伸阅读)[:：]?$|^(字号|字体)\\s*[:：].*"
              + "|^(分享到|分享至)\\s*[:：]?.*|^(阅读|浏览|点击|访问量|浏览次数|点击数)\\s*[:：]?\\s*\\d+\\s*次?$"
              + "|^(微信扫一扫|扫一扫|长按识别|长按二维码|关注我们|点击上方|预览时标签不可点|轻点两下取消).*"
              + "|.*(阅读原文|分享\\s*收藏|点赞\\s*在看|在看\\s*点赞).*");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^[-—–_\\s]*\\d{1,3}[-—–_\\s]*$|^第\\s*\\d{1,3}\\s*页(\\s*[/，,]?\\s*共\\s*\\d{1,3}\\s*页)?$");
  private static final Pattern EDITOR =
      Pattern.compile(
          "[（(【\\[]?\\s*(?:本版)?(?:责任编辑|责编|编辑)\\s*[:：]\\s*([\\u4e00-\\u9fa5·]{2,6})\\s*[）)】\\]]?");

  private Chrome() {}

  /**
   * Whether the whole line is site chrome: navigation, breadcrumb, footer, buttons, page number.
   */
  static boolean isChrome(String line) {
    String text = NewsText.normalize(line).strip();
    if (text.isEmpty()) {
      return false;
    }
    if (BREADCRUMB.matcher(text).matches()
        || FOOTER.matcher(text).find()
        || BUTTONS.matcher(text).matches()
        || PAGE_NUMBER.matcher(text).matches()) {
      return true;
    }
    if (NAV_WORDS.contains(text)) {
      return true;
    }
    return isNavigationBar(text);
  }

  /**
   * A navigation bar: short words (eight characters at most) with no sentence punctuation, two or
   * more that are all navigation words, or three or more of which one is, or five or more.
   */
  private static boolean isNavigationBar(String text) {
    if (text.indexOf('，') >= 0 || text.indexOf('。') >= 0 || text.indexOf(',') >= 0) {
      return false;
    }
    String[] tokens = TOKEN_SEPARATORS.split(text);
    int count = 0;
    int navWords = 0;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.length() > 8) {
        return false;
      }
      count++;
      if (NAV_WORDS.contains(token)) {
        navWords++;
      }
    }
    return (count >= 2 && navWords == count) || (count >= 3 && (navWords > 0 || count >= 5));
  }

  /**
   * The editor a credits line names ({@code 责任编辑：李某}, {@code （责编：李某）}, {@code 编辑：李某}), when the
   * line is nothing but credits: the editor, and reviewer or source labels after it.
   */
  static Optional<String> editor(String line) {
    String text = Texts.strip(line);
    Matcher m = EDITOR.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest =
        (text.substring(0, m.start()) + " " + text.substring(m.end()))
            .replaceAll("(审核|审校|校对|来源|统筹|监制|美编|摄影|图片|文字|作者|文|图)\\s*[:：/]\\s*[^\\s|｜丨]*", "")
            .replaceAll("[\\s|｜丨]+", "");
    return rest.isEmpty() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
