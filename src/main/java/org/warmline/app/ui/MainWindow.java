package org.warmline.app.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.UiState;
import org.warmline.search.SearchService;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.action.ActionRegistry;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.task.TaskRunner;

/**
 * The main window: sidebar navigation, the global search field, the current view and the
 * status bar. Views come from the features; this class only arranges them.
 */
public final class MainWindow {
    private final JFrame frame = new JFrame();
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final Map<String, NavView> views = new LinkedHashMap<>();
    private final Map<String, JToggleButton> navButtons = new LinkedHashMap<>();
    private final StatusBar status = new StatusBar();
    private final Messages msg;
    private final ActionRegistry actions;
    private final UiState uiState;
    private SearchBox search;
    private String current;

    public MainWindow(Messages msg, ActionRegistry actions, UiState uiState) {
        this.msg = msg;
        this.actions = actions;
        this.uiState = uiState;
        frame.setName("app.main");
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.setMinimumSize(new Dimension(980, 620));
    }

    public StatusBar statusBar() {
        return status;
    }

    public JFrame frame() {
        return frame;
    }

    /** Builds the window from the views; call once on the EDT before {@link #show}. */
    public void build(List<NavView> navViews, SearchService searchService, TaskRunner tasks,
                      RecordOpener opener, Runnable onClose) {
        search = new SearchBox(searchService, tasks, opener, msg);
        actions.define(ActionId.APP_SEARCH, search::focus);
        actions.define(ActionId.APP_SEARCH_ALT, search::focus);
        for (NavView view : navViews) {
            views.put(view.id(), view);
            content.add(view.component(), view.id());
            actions.define(view.navAction(), () -> select(view.id()));
        }
        frame.setTitle(msg.get("app.title"));
        JPanel root = new JPanel(new BorderLayout());
        root.add(sidebar(navViews), BorderLayout.WEST);
        JPanel main = new JPanel(new BorderLayout());
        main.add(topBar(), BorderLayout.NORTH);
        main.add(content, BorderLayout.CENTER);
        root.add(main, BorderLayout.CENTER);
        root.add(status, BorderLayout.SOUTH);
        frame.setContentPane(root);
        frame.setJMenuBar(menuBar(navViews));
        actions.bindKeys(frame.getRootPane());
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                onClose.run();
            }
        });
    }

    private JPanel sidebar(List<NavView> navViews) {
        JPanel side = new JPanel(new MigLayout("insets 16 10 10 10, wrap 1, fillx", "[fill, 170lp]"));
        side.setName("app.sidebar");
        Color bg = UIManager.getColor("Panel.background");
        Color line = UIManager.getColor("Component.borderColor");
        side.setBackground(bg == null ? null : darker(bg));
        side.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, line == null ? Color.LIGHT_GRAY : line));
        JLabel brand = new JLabel(msg.get("app.name"));
        brand.putClientProperty("FlatLaf.styleClass", "h2");
        brand.setForeground(UIManager.getColor("Component.accentColor"));
        side.add(brand, "gapbottom 2lp");
        side.add(new JLabel(msg.get("app.tagline")) {
            private static final long serialVersionUID = 1L;
            {
                putClientProperty("FlatLaf.styleClass", "small");
                setForeground(UIManager.getColor("Label.disabledForeground"));
            }
        }, "gapbottom 18lp");
        ButtonGroup group = new ButtonGroup();
        for (NavView view : navViews) {
            JToggleButton button = new JToggleButton(actions.get(view.navAction()));
            button.setName("nav." + view.id());
            button.setHorizontalAlignment(SwingConstants.LEADING);
            button.putClientProperty("JButton.buttonType", "borderless");
            button.setToolTipText(null);
            button.setFocusable(false);
            group.add(button);
            navButtons.put(view.id(), button);
            side.add(button, "h 34lp!");
        }
        return side;
    }

    private JPanel topBar() {
        JPanel bar = new JPanel(new MigLayout("insets 10 16 10 16, fillx", "[grow][340lp::]"));
        Color line = UIManager.getColor("Component.borderColor");
        bar.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, line == null ? Color.LIGHT_GRAY : line));
        bar.add(new JLabel(), "growx");
        bar.add(search.field(), "growx");
        return bar;
    }

    private JMenuBar menuBar(List<NavView> navViews) {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("app.menu.file");
        for (ActionId id : List.of(ActionId.CANDIDATE_NEW, ActionId.EMPLOYER_NEW, ActionId.JOB_NEW)) {
            actions.find(id).ifPresent(a -> file.add(actions.menuItem(id)));
        }
        file.addSeparator();
        actions.find(ActionId.IMPORT).ifPresent(a -> file.add(actions.menuItem(ActionId.IMPORT)));
        file.add(actions.menuItem(ActionId.APP_PREFERENCES));
        file.addSeparator();
        file.add(actions.menuItem(ActionId.APP_QUIT));
        JMenu go = menu("app.menu.go");
        for (NavView view : navViews) {
            go.add(actions.menuItem(view.navAction()));
        }
        go.addSeparator();
        go.add(actions.menuItem(ActionId.APP_SEARCH));
        actions.find(ActionId.STAGES_EDIT).ifPresent(a -> go.add(actions.menuItem(ActionId.STAGES_EDIT)));
        JMenu help = menu("app.menu.help");
        help.add(actions.menuItem(ActionId.APP_ABOUT));
        bar.add(file);
        bar.add(go);
        bar.add(help);
        return bar;
    }

    private JMenu menu(String key) {
        String raw = msg.get(key);
        int amp = raw.indexOf('&');
        JMenu menu = new JMenu(amp >= 0 ? raw.substring(0, amp) + raw.substring(amp + 1) : raw);
        if (amp >= 0) {
            menu.setMnemonic(Character.toUpperCase(raw.charAt(amp + 1)));
        }
        menu.setName(key);
        return menu;
    }

    /** Shows a view by id and tells it it is visible. */
    public void select(String id) {
        NavView view = views.get(id);
        if (view == null) {
            return;
        }
        current = id;
        cards.show(content, id);
        navButtons.get(id).setSelected(true);
        view.shown();
        view.focus();
    }

    public String currentView() {
        return current;
    }

    public void setStatus(String database, String databaseTip, String user) {
        status.setDatabase(database, databaseTip);
        status.setUser(user);
    }

    /** Restores bounds and the last view, then shows the window. */
    public void show(String defaultView) {
        int w = uiState.getInt("main.width", 1280);
        int h = uiState.getInt("main.height", 800);
        int x = uiState.getInt("main.x", Integer.MIN_VALUE);
        int y = uiState.getInt("main.y", Integer.MIN_VALUE);
        frame.setSize(w, h);
        if (x == Integer.MIN_VALUE || !onScreen(new Rectangle(x, y, w, h))) {
            frame.setLocationRelativeTo(null);
        } else {
            frame.setLocation(x, y);
        }
        String last = uiState.get("main.view", defaultView);
        select(views.containsKey(last) ? last : defaultView);
        frame.setVisible(true);
    }

    /** Remembers bounds and the current view. */
    public void saveState() {
        Rectangle b = frame.getBounds();
        uiState.put("main.x", String.valueOf(b.x));
        uiState.put("main.y", String.valueOf(b.y));
        uiState.put("main.width", String.valueOf(b.width));
        uiState.put("main.height", String.valueOf(b.height));
        if (current != null) {
            uiState.put("main.view", current);
        }
    }

    private static boolean onScreen(Rectangle r) {
        for (var device : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            if (device.getDefaultConfiguration().getBounds().intersects(r)) {
                return true;
            }
        }
        return false;
    }

    private static Color darker(Color c) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        return Color.getHSBColor(hsb[0], hsb[1], Math.max(0f, hsb[2] - 0.03f));
    }
}
